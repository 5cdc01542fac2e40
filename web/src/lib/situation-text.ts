import type { CountrySituation } from '../api/types';
import { translate, type Lang } from '../i18n/translate';
import { formatDays } from './format';

/** A country's doubling time in words: days, "not growing", "no cases" or "too few cases to fit". */
export function doublingText(
  s: Pick<CountrySituation, 'cases' | 'growthRate' | 'doublingTimeDays'>,
  lang: Lang,
): string {
  if (s.doublingTimeDays !== null) return formatDays(s.doublingTimeDays, lang);
  if (s.growthRate !== null && s.growthRate <= 0) return translate(lang, 'map.notGrowing');
  return translate(lang, s.cases === 0 ? 'map.zero' : 'map.noFit');
}
