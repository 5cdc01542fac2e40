// Aligned plain-text tables for people (numbers right-aligned, text left-aligned).

/** A column: its header, how to read a cell from a row, and its alignment. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  align?: 'left' | 'right';
}

/** Formats rows as an aligned table with a header line and a rule under it. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const pad = (text: string, i: number): string => {
    const width = widths[i] ?? 0;
    return columns[i]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const lines = [
    columns.map((c, i) => pad(c.header, i)).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((line) => line.map(pad).join('  ')),
  ];
  return lines.map((line) => line.trimEnd()).join('\n');
}

/** A whole number with thousands separators ("12,345"). */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** A number with `digits` decimals, or "-" for null. */
export function formatNumber(n: number | null, digits = 1): string {
  return n === null
    ? '-'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
