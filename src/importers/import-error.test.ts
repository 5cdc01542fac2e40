import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-error';

describe('ImportFileError', () => {
  it('names file, line and column in its message', () => {
    const e = new ImportFileError('a.csv', 7, 'not a number: "x"', '3/1/20', 45);
    expect(e.message).toBe('a.csv, line 7, column 45 "3/1/20": not a number: "x"');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ImportFileError');
    expect(new ImportFileError('a.csv', 1, 'missing column "date"', 'date').message).toBe(
      'a.csv, line 1, column "date": missing column "date"',
    );
    expect(new ImportFileError('a.csv', 0, 'cannot read the file').message).toBe(
      'a.csv: cannot read the file',
    );
  });
});
