// Use cases: import a case-series or beds file. The file is read completely (and rejected with its
// line and column if malformed) before anything is written; the rows go in one transaction.
import path from 'node:path';
import type { IsoDate } from '../core/shared/brand';
import type { SeriesSource } from '../core/situation/types';
import { recordAudit } from './audit.service';
import type { Database } from '../db/database';
import { upsertBeds } from '../db/population.repository';
import { recordImport } from '../db/scenario.repository';
import { upsertPoints } from '../db/series.repository';
import { readJhuTimeSeries, readOwid, readWorldBankBeds } from '../importers';

/** The kinds of file `import` understands. */
export type ImportKind = 'jhu' | 'owid' | 'beds';

/** Progress of an import: a phase, and how far it is. */
export type ImportProgress = (phase: 'read' | 'write', done: number, total: number) => void;

/** What a series import wrote. */
export interface SeriesImportSummary {
  source: SeriesSource;
  metrics: ('cases' | 'deaths')[];
  lines: number;
  rows: number;
  countries: number;
  firstDate: IsoDate;
  lastDate: IsoDate;
  unmapped: string[];
}

/** Imports a JHU CSSE time series or an OWID file; a malformed file throws ImportFileError and writes nothing. */
export async function importSeries(
  database: Database,
  source: SeriesSource,
  file: string,
  opts: { metric?: 'cases' | 'deaths'; onProgress?: ImportProgress } = {},
): Promise<SeriesImportSummary> {
  const onRead = (done: number, total: number) => opts.onProgress?.('read', done, total);
  const read =
    source === 'jhu'
      ? await readJhuTimeSeries(file, { metric: opts.metric, onProgress: onRead })
      : await readOwid(file, { onProgress: onRead });
  const rows = await database.transaction(async (tx) => {
    const written = await upsertPoints(tx, source, read.rows, (done, total) =>
      opts.onProgress?.('write', done, total),
    );
    await recordImport(tx, { source, file: path.basename(file), lines: read.lines, rows: written });
    await recordAudit(tx, {
      action: 'series.import',
      entity: 'series',
      entityId: source,
      after: { file: path.basename(file), lines: read.lines, rows: written },
    });
    return written;
  });
  return {
    source,
    metrics: read.metrics,
    lines: read.lines,
    rows,
    countries: new Set(read.rows.map((r) => r.iso3)).size,
    firstDate: read.firstDate,
    lastDate: read.lastDate,
    unmapped: read.unmapped,
  };
}

/** What a beds import wrote. */
export interface BedsImportSummary {
  lines: number;
  rows: number;
  skipped: string[];
}

/** Imports the World Bank hospital beds file (latest year per country) in one transaction. */
export async function importBeds(
  database: Database,
  file: string,
  opts: { onProgress?: ImportProgress } = {},
): Promise<BedsImportSummary> {
  const read = await readWorldBankBeds(file, {
    onProgress: (done, total) => opts.onProgress?.('read', done, total),
  });
  const rows = await database.transaction(async (tx) => {
    const written = await upsertBeds(tx, read.rows, 'worldbank');
    await recordImport(tx, {
      source: 'beds',
      file: path.basename(file),
      lines: read.lines,
      rows: written,
    });
    await recordAudit(tx, {
      action: 'beds.import',
      entity: 'series',
      entityId: 'beds',
      after: { file: path.basename(file), lines: read.lines, rows: written },
    });
    return written;
  });
  return { lines: read.lines, rows, skipped: read.skipped };
}
