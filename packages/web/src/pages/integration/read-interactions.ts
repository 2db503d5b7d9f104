import { readInteractionDetails, type InteractionDetail } from './read-interaction-details.js';

/** One interaction of a Pact file, reduced to what the page lists. */
export interface InteractionView {
  kind: 'http' | 'message';
  description: string;
  states: string[];
  method?: string;
  path?: string;
  query?: string;
  status?: number;
}

/**
 * The interactions of a Pact v1–v4 document (HTTP and message), in list form: the summary of what
 * `readInteractionDetails` reads in full, so the list and the detail never disagree.
 */
export function readInteractions(content: string): InteractionView[] {
  return readInteractionDetails(content).map(summary);
}

function summary(detail: InteractionDetail): InteractionView {
  const base = {
    description: detail.description,
    states: detail.providerStates.map((state) => state.name),
  };
  if (detail.request === undefined) return { kind: 'message', ...base };
  const { method, path, query } = detail.request;
  return { kind: 'http', ...base, method, path, query, status: detail.response?.status };
}
