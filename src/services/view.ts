// Which source and date a situation request is about: the caller's, or the scenario's defaults,
// checked against what the database holds.
import type { IsoDate } from '../core/shared/brand';
import type { SeriesSource } from '../core/situation/types';
import type { Db } from '../db/db.types';
import { currentScenario } from '../db/scenario.repository';
import { sourceRanges, type SourceRange } from '../db/series.repository';
import { BadRequestError } from './errors';

/** A situation request as the caller gives it: both parts optional. */
export interface ViewQuery {
  date?: IsoDate | undefined;
  source?: SeriesSource | undefined;
}

/** A resolved request: the source, the date, and the range of dates that source covers. */
export interface View {
  source: SeriesSource;
  date: IsoDate;
  range: SourceRange;
}

/**
 * Resolves source (default: the scenario's, else the first loaded) and date (default: the scenario's
 * asOf, kept inside the source's range). Throws BadRequestError naming `source` when that source has no
 * data, or `date` with the available range when the date is outside it.
 */
export async function resolveView(db: Db, query: ViewQuery): Promise<View> {
  // Sequential, not Promise.all: in a transaction both queries share one connection.
  const scenario = await currentScenario(db);
  const ranges = await sourceRanges(db);
  const source = query.source ?? scenario?.manifest.defaultSource ?? ranges[0]?.source ?? 'jhu';
  const range = ranges.find((r) => r.source === source);
  if (!range) {
    const loaded = ranges.map((r) => r.source).join(', ') || 'none';
    throw new BadRequestError(
      `source "${source}" has no case series loaded (loaded: ${loaded}); import one with "tongzhou import ${source} FILE"`,
      'source',
    );
  }
  if (query.date !== undefined) {
    if (query.date < range.firstDate || query.date > range.lastDate) {
      throw new BadRequestError(
        `date ${query.date} is outside the ${source} series, which runs from ${range.firstDate} to ${range.lastDate}`,
        'date',
      );
    }
    return { source, date: query.date, range };
  }
  const asOf = scenario?.manifest.asOf ?? range.lastDate;
  const date =
    asOf > range.lastDate ? range.lastDate : asOf < range.firstDate ? range.firstDate : asOf;
  return { source, date, range };
}
