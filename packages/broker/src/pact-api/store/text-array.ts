/** PostgreSQL's text form of a text array, each element quoted: one parameter both drivers send as it is. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
