import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DIFF_CELLS, diffHunks, diffLines, splitLines, type LineDiff } from './diff';

const oldPlan = [
  'Diagnosis and treatment plan, trial version 6',
  'Case definition: suspected case',
  'Case definition: confirmed case',
  'Treatment: oxygen therapy',
  'Discharge: two negative tests 24 hours apart',
].join('\n');
const newPlan = [
  'Diagnosis and treatment plan, trial version 7',
  'Case definition: suspected case',
  'Case definition: confirmed case (serology added)',
  'Treatment: oxygen therapy',
  'Treatment: convalescent plasma',
  'Discharge: two negative tests 24 hours apart',
].join('\n');

const rebuild = (d: LineDiff, side: 'old' | 'new'): string[] =>
  d.lines
    .filter((l) => l.op === 'equal' || l.op === (side === 'old' ? 'remove' : 'add'))
    .map((l) => l.text);

describe('diffLines', () => {
  it('shows what changed between two versions of a plan', () => {
    const d = diffLines(oldPlan, newPlan);
    expect({ added: d.added, removed: d.removed, unchanged: d.unchanged }).toEqual({
      added: 3,
      removed: 2,
      unchanged: 3,
    });
    expect(d.lines.filter((l) => l.op !== 'equal')).toEqual([
      { op: 'remove', text: 'Diagnosis and treatment plan, trial version 6', oldLine: 1 },
      { op: 'add', text: 'Diagnosis and treatment plan, trial version 7', newLine: 1 },
      { op: 'remove', text: 'Case definition: confirmed case', oldLine: 3 },
      { op: 'add', text: 'Case definition: confirmed case (serology added)', newLine: 3 },
      { op: 'add', text: 'Treatment: convalescent plasma', newLine: 5 },
    ]);
  });

  it('treats CR LF like LF and ignores a final line end', () => {
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(diffLines('a\r\nb\r\n', 'a\nb').lines.every((l) => l.op === 'equal')).toBe(true);
    expect(diffLines('', 'x\ny')).toMatchObject({ added: 2, removed: 0, unchanged: 0 });
  });

  it('groups changes into hunks with context', () => {
    const many = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const changed = [...many];
    changed[2] = 'line three';
    changed[16] = 'line seventeen';
    const hunks = diffHunks(diffLines(many.join('\n'), changed.join('\n')), 2);
    expect(hunks.map((h) => [h.oldStart, h.newStart, h.lines.length])).toEqual([
      [1, 1, 6],
      [15, 15, 6],
    ]);
    expect(diffHunks(diffLines('a', 'a'))).toEqual([]);
  });

  it('refuses texts too large to compare and says why', () => {
    const side = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1;
    const a = Array.from({ length: side }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: side }, (_, i) => `b${i}`).join('\n');
    expect(() => diffLines(a, b)).toThrow(/too different/);
  });
});

/** Length of a longest common subsequence by trying every subsequence of `a` (small arrays only). */
function bruteLcs(a: string[], b: string[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << a.length; mask++) {
    const sub = a.filter((_, i) => (mask >> i) & 1);
    let j = 0;
    for (const line of b) if (j < sub.length && sub[j] === line) j++;
    if (j === sub.length) best = Math.max(best, sub.length);
  }
  return best;
}

describe('diffLines properties', () => {
  it('rebuilds both texts, numbers lines correctly, and keeps a longest common subsequence', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 9 });
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        // Join without a trailing empty line so that splitLines gives the same arrays back.
        fc.pre(a.at(-1) !== '' && b.at(-1) !== '');
        const d = diffLines(a.join('\n'), b.join('\n'));
        expect(rebuild(d, 'old')).toEqual(a);
        expect(rebuild(d, 'new')).toEqual(b);
        expect(d.unchanged).toBe(bruteLcs(a, b));
        for (const l of d.lines) {
          if (l.op !== 'add') expect(a[l.oldLine - 1]).toBe(l.text);
          if (l.op !== 'remove') expect(b[l.newLine - 1]).toBe(l.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});
