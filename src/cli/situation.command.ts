// `tongzhou situation [--date D] [--country ISO3] [--source S] [--json]`
import type { IsoDate } from '../core/shared/brand';
import type { SeriesSource } from '../core/situation/types';
import type { Database } from '../db/database';
import { getCountry } from '../services/country.service';
import { getSituation, type SituationEntry } from '../services/situation.service';
import { formatCount, formatNumber, formatTable, type Column } from './table';

/** Options of the situation command, validated by the caller. */
export interface SituationOptions {
  date?: IsoDate;
  country?: string;
  source?: SeriesSource;
  json?: boolean;
}

const columns: Column<SituationEntry>[] = [
  { header: 'ISO3', value: (r) => r.iso3 },
  { header: 'Country', value: (r) => r.nameEn },
  { header: 'Cases', value: (r) => formatCount(r.cases), align: 'right' },
  { header: 'Deaths', value: (r) => formatCount(r.deaths), align: 'right' },
  { header: 'New/day (7d)', value: (r) => formatNumber(r.newCases7d), align: 'right' },
  { header: 'Per million', value: (r) => formatNumber(r.casesPerMillion), align: 'right' },
  { header: 'Doubling (days)', value: (r) => formatNumber(r.doublingTimeDays), align: 'right' },
  { header: 'Tier', value: (r) => r.tier },
];

/** The text (table or JSON) the situation command prints. */
export async function runSituation(database: Database, opts: SituationOptions): Promise<string> {
  const query = { date: opts.date, source: opts.source };
  if (opts.country) {
    const detail = await getCountry(database, opts.country, query);
    if (opts.json) return JSON.stringify(detail, null, 2);
    const { country: c, situation: s, growth } = detail;
    const lines = [
      `${c.nameEn} (${c.nameZh}, ${c.iso3}) on ${detail.date}, source ${detail.source}`,
      `Population   ${c.population === null ? 'unknown' : `${formatCount(c.population)} (${c.populationSource})`}`,
    ];
    if (!s) return [...lines, `No ${detail.source} series for ${c.iso3}.`].join('\n');
    lines.push(
      `Cases        ${formatCount(s.cases)} (${formatNumber(s.casesPerMillion)} per million, tier ${s.tier})`,
      `Deaths       ${formatCount(s.deaths)} (${formatNumber(s.deathsPerMillion)} per million)`,
      `New cases    ${formatNumber(s.newCases7d)} a day (7-day mean)`,
      growth
        ? `Growth       ${formatNumber(growth.rate * 100)} % a day (95 % CI ${formatNumber(growth.rateLow * 100)} to ${formatNumber(growth.rateHigh * 100)}), doubling ${growth.doublingTimeDays === null ? 'n/a (not growing)' : `${formatNumber(growth.doublingTimeDays)} days`}`
        : 'Growth       too few days with new cases to fit',
      `Corrections  ${detail.corrections.cases} case and ${detail.corrections.deaths} death decreases clamped`,
      '',
      formatTable(detail.series.slice(-14), [
        { header: 'Date', value: (r) => r.date },
        { header: 'Cases', value: (r) => formatCount(r.cases), align: 'right' },
        { header: 'New', value: (r) => formatCount(r.newCases), align: 'right' },
        { header: 'New (7d)', value: (r) => formatNumber(r.newCasesSmoothed), align: 'right' },
        { header: 'Deaths', value: (r) => formatCount(r.deaths), align: 'right' },
      ]),
    );
    return lines.join('\n');
  }
  const situation = await getSituation(database, query);
  if (opts.json) return JSON.stringify(situation, null, 2);
  const rows = [...situation.countries].sort(
    (a, b) => b.cases - a.cases || a.iso3.localeCompare(b.iso3),
  );
  return [
    `Situation on ${situation.date}, source ${situation.source}: ${formatCount(situation.world.cases)} cases, ` +
      `${formatCount(situation.world.deaths)} deaths worldwide, ${rows.length} countries`,
    '',
    formatTable(rows, columns),
  ].join('\n');
}
