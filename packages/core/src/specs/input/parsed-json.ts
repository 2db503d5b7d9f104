/** JSON text the loader parsed itself, with what its scan found (see scanJsonStructure). */
export interface ParsedJson {
  text: string;
  containers: number;
  /** Where strings starting with `$` open. */
  dollarStrings: readonly number[];
}
