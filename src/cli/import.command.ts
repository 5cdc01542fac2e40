// `tongzhou import jhu|owid|beds FILE [--metric cases|deaths]`
import type { Database } from '../db/database';
import { importBeds, importSeries, type ImportKind } from '../services/import.service';
import { importProgress } from './progress';
import { formatCount } from './table';

/** Imports FILE of `kind` and returns the summary lines to print. */
export async function runImport(
  database: Database,
  kind: ImportKind,
  file: string,
  opts: { metric?: 'cases' | 'deaths' },
): Promise<string[]> {
  const progress = importProgress(`import ${kind}`);
  try {
    if (kind === 'beds') {
      const s = await importBeds(database, file, { onProgress: progress.onProgress });
      progress.stop();
      return [
        `Imported hospital beds for ${formatCount(s.rows)} countries from ${file} (${formatCount(s.lines)} lines).`,
        ...(s.skipped.length
          ? [`Skipped ${s.skipped.length} aggregates: ${s.skipped.join(', ')}`]
          : []),
      ];
    }
    const s = await importSeries(database, kind, file, {
      metric: opts.metric,
      onProgress: progress.onProgress,
    });
    progress.stop();
    return [
      `Imported ${formatCount(s.rows)} ${s.source} rows (${s.metrics.join(' and ')}) for ${formatCount(s.countries)} series, ` +
        `${s.firstDate} to ${s.lastDate}, from ${file} (${formatCount(s.lines)} lines).`,
      ...(s.unmapped.length
        ? [`Not countries, kept only in the world total: ${s.unmapped.join(', ')}`]
        : []),
    ];
  } finally {
    progress.stop();
  }
}
