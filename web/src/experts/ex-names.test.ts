import { describe, expect, it } from 'vitest';
import {
  codeList,
  countryName,
  expertName,
  labelOf,
  languageName,
  specialtyName,
} from './ex-names';

describe('experts names', () => {
  it('names specialties in both languages and keeps an unknown one as its code', () => {
    expect(specialtyName('tcm', 'en')).toBe('Traditional Chinese medicine');
    expect(specialtyName('tcm', 'zh')).toBe('中医');
    expect(specialtyName('surgery', 'zh')).toBe('surgery');
    expect(labelOf('ex.act.', 'training', 'zh')).toBe('培训');
  });

  it('names languages through Intl', () => {
    expect(languageName('fa', 'en')).toBe('Persian');
    expect(languageName('ur', 'zh')).toBe('乌尔都语');
    expect(languageName('not a code', 'en')).toBe('not a code');
  });

  it('prefers the Chinese name of an expert or country when reading Chinese', () => {
    expect(expertName({ name: 'Li', nameZh: '李' }, 'zh')).toBe('李');
    expect(expertName({ name: 'Li' }, 'zh')).toBe('Li');
    const names = new Map([['ITA', { nameEn: 'Italy', nameZh: '意大利' }]]);
    expect(countryName(names, 'ITA', 'zh')).toBe('意大利');
    expect(countryName(names, 'XXX', 'en')).toBe('XXX');
  });

  it('splits code lists', () => {
    expect(codeList('ita, PAK;irn  ita')).toEqual(['ITA', 'PAK', 'IRN']);
    expect(codeList('WHO, ASEAN', false)).toEqual(['WHO', 'ASEAN']);
    expect(codeList(' ')).toEqual([]);
  });
});
