import { describe, expect, it } from 'vitest';
import type { ComponentScore } from '../../../src/core/allocation';
import { componentValue, formatChange, formatPercent, formatWeight } from './plan-format';

const component = (id: ComponentScore['id'], value: ComponentScore['value']): ComponentScore => ({
  id,
  value,
  score: 0.5,
  missing: value === null,
});

describe('plan figures in words', () => {
  it('write shares as whole percentages in each language', () => {
    expect(formatPercent(0.354, 'en')).toBe('35 %');
    expect(formatPercent(0.354, 'zh')).toBe('35%');
    expect(formatPercent(0.001, 'en')).toBe('<1 %');
    expect(formatPercent(0, 'en')).toBe('0 %');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('write weights with two decimals and changes with their sign', () => {
    expect(formatWeight(0.7, 'en')).toBe('0.70');
    expect(formatChange(18_000, 'en')).toBe('+18,000');
    expect(formatChange(-960, 'en')).toBe('−960');
  });

  it("say what each component read about a recipient, in the reader's language", () => {
    expect(componentValue(component('cases-per-million', 1234.5), 'en')).toBe('1,235 per million');
    expect(componentValue(component('growth', 0.24), 'en')).toBe('24 % a day');
    expect(componentValue(component('beds-per-1000', 0.6), 'zh')).toBe('每千人 0.6');
    expect(componentValue(component('supply-shortage', 1), 'en')).toBe('100 %');
    expect(componentValue(component('urgency', 'critical'), 'zh')).toBe('危急');
    expect(componentValue(component('agreed', true), 'en')).toBe('yes');
    expect(componentValue(component('help-received', false), 'zh')).toBe('否');
    expect(componentValue(component('cases-per-million', null), 'en')).toBe('no data');
  });
});
