import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { ImportFileError } from './import-error';

/** Progress callback of every importer: bytes read so far and the file's size in bytes. */
export type OnProgress = (read: number, total: number) => void;

/** One CSV record with its 1-based line number in the file. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Options of csvRecords. */
export interface CsvRecordsOptions {
  /** First line to parse (1-based); earlier lines (a preamble) are skipped. */
  fromLine?: number;
  onProgress?: OnProgress;
}

interface CsvErrorLike {
  code?: unknown;
  lines?: unknown;
  message: string;
}

/**
 * Streams a CSV file record by record (UTF-8, BOM stripped, LF or CRLF, quoted fields), giving each
 * record its line number. Fails with an ImportFileError naming the file and line when the file
 * cannot be read or is not valid CSV.
 */
export async function* csvRecords(
  file: string,
  opts: CsvRecordsOptions = {},
): AsyncGenerator<CsvRecord> {
  let total: number;
  try {
    total = (await stat(file)).size;
  } catch (err) {
    throw new ImportFileError(file, 0, `cannot read the file (${(err as Error).message})`);
  }
  const input = createReadStream(file);
  let read = 0;
  if (opts.onProgress) {
    const report = opts.onProgress;
    input.on('data', (chunk) => {
      read += chunk.length;
      report(read, total);
    });
  }
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      from_line: opts.fromLine ?? 1,
    }),
  );
  input.on('error', (err) => parser.destroy(err));
  try {
    for await (const rec of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: rec.info.lines, fields: rec.record };
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    const e = err as CsvErrorLike;
    const line = typeof e.lines === 'number' ? e.lines : 0;
    throw new ImportFileError(file, line, `not valid CSV (${e.message})`);
  } finally {
    input.destroy();
  }
  opts.onProgress?.(total, total);
}

/** Positions of required header names; throws an ImportFileError naming the first missing column. */
export function requireColumns<K extends string>(
  file: string,
  header: CsvRecord,
  names: readonly K[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const name of names) {
    const i = header.fields.findIndex((f) => f.trim() === name);
    if (i < 0) throw new ImportFileError(file, header.line, `missing column "${name}"`, name);
    out[name] = i;
  }
  return out;
}

/** Checks a record has as many fields as the header; throws an ImportFileError naming the line otherwise. */
export function checkWidth(file: string, header: CsvRecord, rec: CsvRecord): void {
  if (rec.fields.length !== header.fields.length) {
    throw new ImportFileError(
      file,
      rec.line,
      `expected ${header.fields.length} fields like the header, found ${rec.fields.length}`,
    );
  }
}

/**
 * A cumulative count or other figure read from a cell: a finite number >= 0, written in plain decimal.
 * Empty cells give null when `allowEmpty`, else an error; anything else non-numeric or negative is an
 * ImportFileError naming the line, column and value.
 */
export function parseCount(
  file: string,
  rec: CsvRecord,
  index: number,
  header: CsvRecord,
  opts: { allowEmpty?: boolean; integer?: boolean } = {},
): number | null {
  const raw = (rec.fields[index] ?? '').trim();
  const column = header.fields[index];
  const fail = (why: string): never => {
    throw new ImportFileError(file, rec.line, `${why}: "${raw}"`, column, index + 1);
  };
  if (raw === '') return opts.allowEmpty ? null : fail('empty count');
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return fail('not a number');
  const value = Number(raw);
  if (value < 0) return fail('negative count');
  if (opts.integer && !Number.isInteger(value)) return fail('not a whole number');
  return value;
}
