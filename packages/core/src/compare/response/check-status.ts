import type { CheckContext } from '../check-context.js';
import { selectResponse, type SelectedResponse } from './select-response.js';

/** `response.status.unknown` (then nothing else about the response is checked) or `response.status.default`. */
export function checkStatus(context: CheckContext): SelectedResponse | undefined {
  const { operation, findings } = context;
  const status = context.interaction.response.status;
  const selected = selectResponse(operation, status);
  if (!selected) {
    findings.add({
      code: 'response.status.unknown',
      type: 'error',
      message: `Response status code not defined in spec file: ${status}`,
      mockLocation: 'response.status',
      mockValue: status,
      specLocation: `${operation.location}.responses`,
      specValue: operation.responses.map((r) => r.status),
    });
  } else if (selected.viaDefault) {
    findings.add({
      code: 'response.status.default',
      type: 'warning',
      message: `Response status code matched default response in spec file: ${status}`,
      mockLocation: 'response.status',
      mockValue: status,
      specLocation: `${operation.location}.responses`,
    });
  }
  return selected;
}
