import { describe, expect, it } from 'vitest';
import {
  filterRecipients,
  foldText,
  isFiltered,
  nextSort,
  sortRecipients,
  type RecipientFilter,
} from './recipient-rows';
import { TEST_RECIPIENTS } from './test-report';

const none: RecipientFilter = { q: '', region: null, batch: null, form: null };
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('filtering recipients', () => {
  it('keeps everyone when no filter is set', () => {
    expect(isFiltered(none)).toBe(false);
    expect(filterRecipients(TEST_RECIPIENTS, none)).toHaveLength(TEST_RECIPIENTS.length);
  });

  it('finds text in English and Chinese names and codes, ignoring case and accents', () => {
    expect(foldText("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, q: 'COTE' }))).toEqual(['CIV']);
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, q: '塞尔' }))).toEqual(['SRB']);
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, q: 'rs' }))).toEqual(['SRB']);
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, q: 'who' }))).toEqual(['WHO']);
  });

  it('combines region, batch and form', () => {
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, region: 'europe' }))).toEqual([
      'ITA',
      'SRB',
    ]);
    expect(ids(filterRecipients(TEST_RECIPIENTS, { ...none, batch: 2 }))).toEqual(['ITA', 'CIV']);
    const filter = { ...none, region: 'europe', batch: 1, form: 'expert-team' as const };
    expect(isFiltered(filter)).toBe(true);
    expect(ids(filterRecipients(TEST_RECIPIENTS, filter))).toEqual(['ITA']);
    expect(filterRecipients(TEST_RECIPIENTS, { ...filter, form: 'cash' })).toEqual([]);
  });
});

describe('sorting recipients', () => {
  it('sorts names in the language shown', () => {
    const en = sortRecipients(TEST_RECIPIENTS, { key: 'name', desc: false }, 'en');
    expect(ids(en)).toEqual(['AGO', 'CIV', 'ITA', 'SRB', 'WHO']);
    const zh = sortRecipients(TEST_RECIPIENTS, { key: 'name', desc: true }, 'zh');
    // Pinyin order: an, ke, sai, shi, yi; reversed.
    expect(ids(zh)).toEqual(['ITA', 'WHO', 'SRB', 'CIV', 'AGO']);
  });

  it('sorts figures with ties broken by name', () => {
    const byValue = sortRecipients(TEST_RECIPIENTS, { key: 'value', desc: true }, 'en');
    expect(ids(byValue)).toEqual(['ITA', 'SRB', 'AGO', 'CIV', 'WHO']);
    const byBatches = sortRecipients(TEST_RECIPIENTS, { key: 'batches', desc: false }, 'en');
    expect(ids(byBatches)[0]).toBe('WHO');
    expect(ids(byBatches).at(-1)).toBe('ITA');
  });

  it('keeps recipients without a region last in both directions', () => {
    const name = (id: string | null) => (id === null ? '' : id === 'europe' ? 'Europe' : 'Africa');
    const up = sortRecipients(TEST_RECIPIENTS, { key: 'region', desc: false }, 'en', name);
    const down = sortRecipients(TEST_RECIPIENTS, { key: 'region', desc: true }, 'en', name);
    expect(ids(up)).toEqual(['AGO', 'CIV', 'ITA', 'SRB', 'WHO']);
    expect(ids(down)).toEqual(['ITA', 'SRB', 'AGO', 'CIV', 'WHO']);
  });

  it('flips the same column and starts another in its own direction', () => {
    expect(nextSort({ key: 'value', desc: true }, 'value')).toEqual({ key: 'value', desc: false });
    expect(nextSort({ key: 'value', desc: true }, 'name')).toEqual({ key: 'name', desc: false });
    expect(nextSort({ key: 'name', desc: false }, 'received')).toEqual({
      key: 'received',
      desc: true,
    });
  });
});
