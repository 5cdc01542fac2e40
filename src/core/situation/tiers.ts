import type { Tier } from './types';

/**
 * Severity tiers by cumulative confirmed cases per million people, one per power of ten. Decades
 * separate the March 2020 picture clearly: on 26 March most of Africa was below 1 per million, China
 * about 57, the United States about 250, Italy and Spain above 1,000. Each tier runs from its
 * minCasesPerMillion (inclusive) to the next tier's (exclusive); countries with no case at all fall
 * in the first tier, and the map tells them apart by their case count.
 */
export const TIERS: readonly Tier[] = [
  {
    id: 'minimal',
    labelEn: 'Under 1 per million',
    labelZh: '每百万不足1例',
    minCasesPerMillion: 0,
  },
  { id: 'low', labelEn: '1–10 per million', labelZh: '每百万1–10例', minCasesPerMillion: 1 },
  {
    id: 'moderate',
    labelEn: '10–100 per million',
    labelZh: '每百万10–100例',
    minCasesPerMillion: 10,
  },
  {
    id: 'high',
    labelEn: '100–1,000 per million',
    labelZh: '每百万100–1000例',
    minCasesPerMillion: 100,
  },
  {
    id: 'very-high',
    labelEn: '1,000 or more per million',
    labelZh: '每百万1000例以上',
    minCasesPerMillion: 1000,
  },
];

/** The tier a number of cases per million falls in; throws a RangeError naming a negative or non-numeric value. */
export function tierOf(casesPerMillion: number): Tier {
  if (!(casesPerMillion >= 0)) {
    throw new RangeError(`cases per million must be a number >= 0, got ${casesPerMillion}`);
  }
  let found = TIERS[0];
  for (const t of TIERS) if (casesPerMillion >= t.minCasesPerMillion) found = t;
  if (!found) throw new Error('TIERS is empty');
  return found;
}
