import type { MilestoneInfo } from '../api/types';
import { translate, type Lang } from '../i18n/translate';
import { addDays, formatCount, formatList } from './format';

/** One sentence telling how long each milestone took, built from the data in the given language. */
export function milestoneSentence(milestones: MilestoneInfo[], every: number, lang: Lang): string {
  const n = (value: number) => formatCount(value, lang);
  const [first, second, ...rest] = milestones;
  if (!first) return translate(lang, 'milestones.none', { every: n(every) });
  if (!second)
    return translate(lang, 'milestones.sentence1', { every: n(every), d1: n(first.days) });
  if (rest.length === 0) {
    return translate(lang, 'milestones.sentence2', {
      every: n(every),
      d1: n(first.days),
      d2: n(second.days),
    });
  }
  const items = rest.map((m) => translate(lang, 'milestones.restItem', { n: n(m.days) }));
  return translate(lang, 'milestones.sentence3', {
    every: n(every),
    d1: n(first.days),
    d2: n(second.days),
    rest: formatList(items, lang),
  });
}

/** The date of the first reported case, which the first milestone's day count starts from. */
export function firstCaseDate(milestones: MilestoneInfo[]): string | null {
  const first = milestones[0];
  return first ? addDays(first.date, -first.days) : null;
}
