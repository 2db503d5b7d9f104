import { statusColour } from './status-colour.js';

/** What the edge colours mean. */
export function GraphLegend() {
  return (
    <ul className="legend plain" aria-label="Edge colours">
      {Object.entries(statusColour).map(([status, colour]) => (
        <li key={status}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" /> {status}
        </li>
      ))}
    </ul>
  );
}
