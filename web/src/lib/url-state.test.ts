import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';

describe('url state', () => {
  it('reads language, country, source, metric and panel tab', () => {
    expect(parseUrlState('?lang=zh&country=ita&source=owid&metric=doubling&tab=forecast')).toEqual({
      lang: 'zh',
      country: 'ITA',
      source: 'owid',
      metric: 'doubling',
      tab: 'forecast',
    });
  });

  it('ignores values it does not understand', () => {
    expect(parseUrlState('?lang=fr&country=Italy&source=who&metric=x&tab=x')).toEqual({
      lang: null,
      country: null,
      source: null,
      metric: null,
      tab: null,
    });
  });

  it('writes back what it read, keeping other parameters and dropping empty ones', () => {
    const state = parseUrlState('?country=ITA&lang=en');
    expect(serializeUrlState({ ...state, lang: 'zh' }, '?debug=1&country=FRA')).toBe(
      '?debug=1&country=ITA&lang=zh',
    );
    expect(
      serializeUrlState(
        { lang: null, country: null, source: null, metric: null, tab: null },
        '?country=ITA&tab=forecast',
      ),
    ).toBe('');
    expect(serializeUrlState({ ...state, tab: 'forecast' })).toBe(
      '?lang=en&country=ITA&tab=forecast',
    );
  });
});
