import { describe, expect, it } from 'vitest';
import { en, zh, type MessageKey } from './dictionaries';
import { initialLang, parseLang, placeholdersOf, translate } from './translate';

const keys = Object.keys(en) as MessageKey[];
/** Messages that are only a placeholder or punctuation, so they need no Chinese characters. */
const LANGUAGE_NEUTRAL = new Set<MessageKey>(['range.between', 'milestones.restItem']);

describe('dictionaries', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is non-empty in both languages and asks for the same values', (key) => {
    expect(en[key].trim()).not.toBe('');
    expect(zh[key].trim()).not.toBe('');
    expect(placeholdersOf(zh[key])).toEqual(placeholdersOf(en[key]));
  });

  it('has Chinese text in every Chinese message that is not language-neutral', () => {
    const untranslated = keys.filter(
      (k) => !LANGUAGE_NEUTRAL.has(k) && !/[\u4e00-\u9fff]/.test(zh[k]),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders with the given values, in each language', () => {
    expect(translate('en', 'header.asOf', { date: '26 March 2020' })).toBe(
      'Situation as of 26 March 2020',
    );
    expect(translate('zh', 'header.asOf', { date: '2020年3月26日' })).toBe('疫情截至2020年3月26日');
  });

  it('leaves a placeholder without a value visible instead of printing undefined', () => {
    expect(translate('en', 'unit.days', {})).toBe('{n} days');
  });

  it('fills every occurrence of a placeholder', () => {
    expect(translate('en', 'milestones.sentence2', { every: '100', d1: 5, d2: 3 })).toBe(
      'The first 100 cases took 5 days, the next 100 took 3.',
    );
  });
});

describe('language choice', () => {
  it('accepts only supported languages', () => {
    expect(parseLang('zh')).toBe('zh');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBeNull();
    expect(parseLang(null)).toBeNull();
  });

  it('prefers the URL, then the stored choice, then the browser, then English', () => {
    expect(initialLang('en', 'zh', ['zh-CN'])).toBe('en');
    expect(initialLang(null, 'zh', ['en-GB'])).toBe('zh');
    expect(initialLang('xx', null, ['fr-FR', 'zh-TW'])).toBe('zh');
    expect(initialLang(null, 'bogus', ['fr-FR'])).toBe('en');
  });
});
