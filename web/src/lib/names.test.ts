import { describe, expect, it } from 'vitest';
import { countryNames, regionName, tierLabel, tierRank } from './names';

const tiers = [
  { id: 'low', labelEn: '1–10 per million', labelZh: '每百万1–10例' },
  { id: 'high', labelEn: '100–1,000 per million', labelZh: '每百万100–1000例' },
];

describe('names', () => {
  it('puts the current language first', () => {
    const italy = { nameEn: 'Italy', nameZh: '意大利' };
    expect(countryNames(italy, 'zh')).toEqual({ primary: '意大利', secondary: 'Italy' });
    expect(countryNames(italy, 'en')).toEqual({ primary: 'Italy', secondary: '意大利' });
  });

  it('translates regions it knows and keeps others', () => {
    expect(regionName('Europe', 'zh')).toBe('欧洲');
    expect(regionName('Europe', 'en')).toBe('Europe');
    expect(regionName('Atlantis', 'zh')).toBe('Atlantis');
  });

  it('labels tiers from the list the API sent', () => {
    expect(tierLabel(tiers, 'high', 'zh')).toBe('每百万100–1000例');
    expect(tierLabel(tiers, 'unknown', 'en')).toBe('unknown');
    expect(tierRank(tiers, 'high')).toBe(1);
    expect(tierRank(tiers, 'x')).toBe(-1);
  });
});
