/** A quick check's answer: valid, invalid, or `undefined` when only the full validator can tell. */
export type Verdict = boolean | undefined;
