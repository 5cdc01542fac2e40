// `tongzhou milestones --every N [--source S] [--json]`
import type { SeriesSource } from '../core/situation/types';
import type { Database } from '../db/database';
import { getMilestones } from '../services/situation.service';
import { formatCount, formatTable } from './table';

/** The text the milestones command prints: a table, or `[{ cases, date, days }, ...]` with --json. */
export async function runMilestones(
  database: Database,
  opts: { every: number; source?: SeriesSource; json?: boolean },
): Promise<string> {
  const result = await getMilestones(database, opts.every, opts.source);
  if (opts.json) return JSON.stringify(result.milestones);
  if (result.milestones.length === 0) {
    return `The ${result.source} world series has not reached ${formatCount(opts.every)} cases.`;
  }
  return [
    `World milestones every ${formatCount(result.every)} cases, source ${result.source}`,
    '',
    formatTable(result.milestones, [
      { header: 'Cases', value: (m) => formatCount(m.cases), align: 'right' },
      { header: 'Reached on', value: (m) => m.date },
      { header: 'Days', value: (m) => String(m.days), align: 'right' },
    ]),
  ].join('\n');
}
