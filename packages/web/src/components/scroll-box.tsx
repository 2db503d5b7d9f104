import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content is wider than the screen (a table on a phone), so the page
 * itself never does. While it scrolls it is a named, focusable region: keyboard users can scroll it too.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  const [heading, setHeading] = useState<string>();
  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    // Two tables with the same columns (contracts as consumer and as provider) are told apart by their heading.
    setHeading(precedingHeading(element));
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="scroll-x"
      {...(scrolls
        ? {
            tabIndex: 0,
            role: 'region',
            'aria-label': `${heading === undefined ? label : `${heading}: ${label}`} (scrolls sideways)`,
          }
        : {})}
    >
      {children}
    </div>
  );
}

/** The text of the nearest heading before `element` in document order (within <main>), if any. */
function precedingHeading(element: Element): string | undefined {
  for (let at: Element | null = element; at !== null && at.tagName !== 'MAIN'; at = at.parentElement)
    for (let before = at.previousElementSibling; before !== null; before = before.previousElementSibling) {
      const heading = /^H[1-6]$/.test(before.tagName)
        ? before
        : before.querySelector('h1, h2, h3, h4, h5, h6');
      if (heading?.textContent) return heading.textContent.trim();
    }
  return undefined;
}
