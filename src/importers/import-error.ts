/** A file an importer rejects, with where: the message names the file, the line and (when known) the column. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';

  constructor(
    /** The file as it was given. */
    readonly file: string,
    /** 1-based line number; 0 when the problem is the file as a whole (it cannot be opened). */
    readonly line: number,
    readonly reason: string,
    /** The column's header text, when the problem is in one column. */
    readonly column?: string,
    /** The column's 1-based position, when known. */
    readonly columnNumber?: number,
  ) {
    super(ImportFileError.describe(file, line, reason, column, columnNumber));
  }

  private static describe(
    file: string,
    line: number,
    reason: string,
    column?: string,
    columnNumber?: number,
  ): string {
    const where: string[] = [];
    if (line > 0) where.push(`line ${line}`);
    if (column !== undefined || columnNumber !== undefined) {
      const num = columnNumber === undefined ? '' : ` ${columnNumber}`;
      const name = column === undefined ? '' : ` "${column}"`;
      where.push(`column${num}${name}`);
    }
    return where.length ? `${file}, ${where.join(', ')}: ${reason}` : `${file}: ${reason}`;
  }
}
