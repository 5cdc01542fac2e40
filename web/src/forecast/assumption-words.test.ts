import { describe, expect, it } from 'vitest';
import { forecastNeeds } from '../../../src/core/forecast';
import type { Assumption } from '../../../src/core/forecast';
import {
  ASSUMPTION_SECTIONS,
  assumptionValue,
  sectionOf,
  showAssumptions,
} from './assumption-words';
import { testInput } from './test-input';

const assumptions = forecastNeeds(
  testInput({ capacity: { ...testInput().capacity, labStaff: 9000 } }),
).assumptions;
const find = (key: string): Assumption => {
  const a = assumptions.find((x) => x.key === key);
  if (!a) throw new Error(`no assumption ${key}`);
  return a;
};
const HAN = /\p{Script=Han}/u;

describe('showAssumptions', () => {
  it('has Chinese words for every assumption the model and the API list', () => {
    const api: Assumption[] = [
      { key: 'country', value: 'ITA', source: 'request', plainWords: 'The forecast is for Italy.' },
      { key: 'asOf', value: '2020-03-26', source: 'scenario', plainWords: 'Case data up to then.' },
      { key: 'source', value: 'jhu', source: 'scenario', plainWords: 'Case series from jhu.' },
    ];
    const shown = showAssumptions([...api, ...assumptions], 'zh');
    const untranslated = shown.filter((a) => a.wordsLang !== 'zh' || !HAN.test(a.words));
    expect(untranslated.map((a) => a.key)).toEqual([]);
    expect(shown).toHaveLength(assumptions.length + 3);
  });

  it('keeps the model’s English words, and names items, not ids, in rates', () => {
    const shown = showAssumptions(assumptions, 'en');
    expect(shown.find((a) => a.key === 'beds.nonCovidShare')?.words).toBe(
      find('beds.nonCovidShare').plainWords,
    );
    const gloves = shown.find((a) => a.key === 'rates.gloves-exam.inpatientHcw');
    expect(gloves?.words).toBe(
      'Examination gloves per health worker caring for hospital patients per day.',
    );
    const zh = showAssumptions(assumptions, 'zh').find(
      (a) => a.key === 'rates.gloves-exam.inpatientHcw',
    );
    expect(zh?.words).toContain('每名护理住院患者的医护人员每天');
  });

  it('falls back to English words for an assumption it does not know', () => {
    const extra = {
      key: 'capacity.bedsFallback',
      value: 'income group',
      source: 'ESFT',
      plainWords: 'Beds from the income group.',
    };
    const [shown] = showAssumptions([extra], 'zh');
    expect(shown).toMatchObject({
      words: 'Beds from the income group.',
      wordsLang: 'en',
      section: 'capacity',
    });
  });

  it('puts every assumption in a known section, rates and stock apart', () => {
    for (const a of showAssumptions(assumptions, 'en'))
      expect(ASSUMPTION_SECTIONS).toContain(a.section);
    expect(sectionOf('rates.gown.screeningHcw')).toBe('rates');
    expect(sectionOf('pipeline[0]')).toBe('stock');
    expect(sectionOf('stayWeeks.critical')).toBe('clinical');
    expect(sectionOf('scenario')).toBe('basis');
    expect(sectionOf('asOf')).toBe('basis');
    expect(sectionOf('cases.rateLow')).toBe('cases');
  });
});

describe('assumptionValue', () => {
  it('shows shares as percentages, weeks in words and growth per day', () => {
    expect(assumptionValue(find('severity.mild'), 'en')).toBe('40 %');
    expect(assumptionValue(find('stayWeeks.critical'), 'zh')).toBe('2周');
    expect(assumptionValue(find('cases.rate'), 'en')).toBe('8.7 % a day');
    expect(assumptionValue(find('cases.rate'), 'zh')).toBe('每日8.7%');
    expect(assumptionValue(find('capacity.beds'), 'en')).toBe('190,000');
    expect(assumptionValue(find('cases.kind'), 'zh')).toBe('指数增长');
  });

  it('reads a delivery in the reader’s language', () => {
    expect(assumptionValue(find('pipeline[0]'), 'en')).toBe(
      '2,500,000 Examination gloves in week 2',
    );
    expect(assumptionValue(find('pipeline[0]'), 'zh')).toBe('第2周到货2,500,000（医用手套）');
  });
});
