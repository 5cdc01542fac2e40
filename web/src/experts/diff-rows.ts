// "What changed" as rows to render: each diff line with its sign and both line numbers, and a gap row
// between passages that are not next to each other.
import type { GuidanceDiff } from './experts.types';

/** One rendered row of a diff: a line (added, removed or unchanged) or a gap between passages. */
export type DiffRow =
  | {
      kind: 'line';
      op: 'equal' | 'remove' | 'add';
      sign: ' ' | '-' | '+';
      oldLine: number | null;
      newLine: number | null;
      text: string;
    }
  | { kind: 'gap' };

const SIGN = { equal: ' ', remove: '-', add: '+' } as const;

/** The rows of a diff, passages in order with a gap row between two of them. */
export function diffRows(diff: GuidanceDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  diff.hunks.forEach((hunk, i) => {
    if (i > 0) rows.push({ kind: 'gap' });
    for (const line of hunk.lines) {
      rows.push({
        kind: 'line',
        op: line.op,
        sign: SIGN[line.op],
        oldLine: line.oldLine ?? null,
        newLine: line.newLine ?? null,
        text: line.text,
      });
    }
  });
  return rows;
}

/** The versions to compare by default: the latest and the one before it (null with one version). */
export function defaultComparison(
  versions: readonly { version: number }[],
): [number, number] | null {
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1];
  const before = numbers[numbers.length - 2];
  return last !== undefined && before !== undefined ? [before, last] : null;
}
