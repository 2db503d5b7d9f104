/**
 * Columns padded to their widest cell; an empty list says so. Every column gets a header: one the caller
 * left blank, or a row cell beyond the headers, is headed `COLUMN <n>` so no value sits under nothing.
 */
export function renderTable(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '(none)\n';
  const columns = Math.max(headers.length, ...rows.map((row) => row.length));
  const heads = Array.from({ length: columns }, (_, i) => {
    const header = headers[i]?.trim() ?? '';
    return header === '' ? `COLUMN ${i + 1}` : header;
  });
  const widths = heads.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    widths
      .map((width, i) => (cells[i] ?? '').padEnd(width))
      .join('  ')
      .trimEnd();
  return [line(heads), ...rows.map(line)].join('\n') + '\n';
}
