/** Escapes `text` for use as a literal inside a regular expression (JavaScript and RE2 alike). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
