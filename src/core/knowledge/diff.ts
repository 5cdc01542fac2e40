/** One line of a line diff: kept, removed from the old text, or added in the new one (line numbers from 1). */
export type DiffLine =
  | { op: 'equal'; text: string; oldLine: number; newLine: number }
  | { op: 'remove'; text: string; oldLine: number }
  | { op: 'add'; text: string; newLine: number };

/** What changed between two texts, line by line, with counts. */
export interface LineDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
  unchanged: number;
}

/** Largest old-lines x new-lines table the diff will build after trimming common ends (about 50 MB). */
export const MAX_DIFF_CELLS = 25_000_000;

/** The lines of a text: CR LF and CR count as line ends; a final line end adds no empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The line diff of two texts: a longest common subsequence of lines is kept, everything else is
 * removed or added; within a change, removals come before additions.
 */
export function diffLines(oldText: string, newText: string): LineDiff {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const lines: DiffLine[] = [];
  const equal = (i: number, j: number): void => {
    lines.push({ op: 'equal', text: a[i] ?? '', oldLine: i + 1, newLine: j + 1 });
  };
  for (let i = 0; i < start; i++) equal(i, i);
  middle(a, b, start, endA, endB, lines);
  for (let k = 0; k < a.length - endA; k++) equal(endA + k, endB + k);
  const count = (op: DiffLine['op']): number => lines.filter((l) => l.op === op).length;
  return { lines, added: count('add'), removed: count('remove'), unchanged: count('equal') };
}

/** LCS table over a[start..endA) x b[start..endB), then a forward walk that emits the changes. */
function middle(
  a: readonly string[],
  b: readonly string[],
  start: number,
  endA: number,
  endB: number,
  out: DiffLine[],
): void {
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_DIFF_CELLS) {
    throw new RangeError(
      `texts too different to diff line by line: ${n} x ${m} changed lines (limit ${MAX_DIFF_CELLS} cells)`,
    );
  }
  const width = m + 1;
  // lcs[i * width + j] = length of an LCS of a[start+i..endA) and b[start+j..endB).
  const lcs =
    Math.min(n, m) < 65_535 ? new Uint16Array((n + 1) * width) : new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const x = start + i;
    const y = start + j;
    if (i < n && j < m && a[x] === b[y]) {
      out.push({ op: 'equal', text: a[x] ?? '', oldLine: x + 1, newLine: y + 1 });
      i++;
      j++;
    } else if (
      j >= m ||
      (i < n && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
    ) {
      out.push({ op: 'remove', text: a[x] ?? '', oldLine: x + 1 });
      i++;
    } else {
      out.push({ op: 'add', text: b[y] ?? '', newLine: y + 1 });
      j++;
    }
  }
}

/** A run of changes with a few unchanged lines around it, for showing a diff compactly. */
export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

/** Groups a diff into hunks: each change with up to `context` unchanged lines before and after. */
export function diffHunks(diff: LineDiff, context = 3): DiffHunk[] {
  const { lines } = diff;
  const keep = new Array<boolean>(lines.length).fill(false);
  lines.forEach((l, i) => {
    if (l.op === 'equal') return;
    for (let k = Math.max(0, i - context); k <= Math.min(lines.length - 1, i + context); k++)
      keep[k] = true;
  });
  const hunks: DiffHunk[] = [];
  let current: DiffLine[] | null = null;
  lines.forEach((l, i) => {
    if (!keep[i]) {
      current = null;
      return;
    }
    if (current === null) {
      current = [];
      hunks.push({
        oldStart: oldPosition(lines, i),
        newStart: newPosition(lines, i),
        lines: current,
      });
    }
    current.push(l);
  });
  return hunks;
}

function oldPosition(lines: readonly DiffLine[], index: number): number {
  let n = 1;
  for (let k = 0; k < index; k++) if (lines[k]?.op !== 'add') n++;
  return n;
}

function newPosition(lines: readonly DiffLine[], index: number): number {
  let n = 1;
  for (let k = 0; k < index; k++) if (lines[k]?.op !== 'remove') n++;
  return n;
}
