import { describe, expect, it } from 'vitest';
import { defaultComparison, diffRows } from './diff-rows';

describe('diff rows', () => {
  it('signs added and removed lines, keeps both line numbers and separates passages', () => {
    const rows = diffRows({
      documentId: 'd',
      language: 'en',
      from: 1,
      to: 2,
      added: 1,
      removed: 1,
      unchanged: 1,
      hunks: [
        {
          oldStart: 1,
          newStart: 1,
          lines: [
            { op: 'equal', text: 'Title', oldLine: 1, newLine: 1 },
            { op: 'remove', text: 'old', oldLine: 2 },
          ],
        },
        { oldStart: 9, newStart: 8, lines: [{ op: 'add', text: 'new', newLine: 8 }] },
      ],
    });
    expect(rows).toEqual([
      { kind: 'line', op: 'equal', sign: ' ', oldLine: 1, newLine: 1, text: 'Title' },
      { kind: 'line', op: 'remove', sign: '-', oldLine: 2, newLine: null, text: 'old' },
      { kind: 'gap' },
      { kind: 'line', op: 'add', sign: '+', oldLine: null, newLine: 8, text: 'new' },
    ]);
  });

  it('compares the latest version with the one before by default', () => {
    expect(defaultComparison([{ version: 2 }, { version: 7 }, { version: 6 }])).toEqual([6, 7]);
    expect(defaultComparison([{ version: 1 }])).toBeNull();
  });
});
