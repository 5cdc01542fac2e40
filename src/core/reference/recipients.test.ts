import { describe, expect, it } from 'vitest';
import type { Iso3 } from '../shared/brand';
import { COUNTRIES } from './countries';
import { ORGANISATIONS } from './organisations';
import { RECIPIENTS, countryRecipientId, recipientById } from './recipients';

describe('recipients', () => {
  it('are every country and every organisation, with unique ids', () => {
    expect(RECIPIENTS).toHaveLength(COUNTRIES.length + ORGANISATIONS.length);
    expect(new Set(RECIPIENTS.map((r) => r.id)).size).toBe(RECIPIENTS.length);
  });

  it('use the ISO3 code as a country’s id', () => {
    const italy = recipientById(countryRecipientId('ITA' as Iso3));
    expect(italy?.kind).toBe('country');
    expect(italy?.nameZh).toBe('意大利');
    if (italy?.kind === 'country') expect(italy.country.iso2).toBe('IT');
  });

  it('find organisations by code and ignore case', () => {
    const who = recipientById('who');
    expect(who?.kind).toBe('organisation');
    expect(who?.id).toBe('WHO');
    if (who?.kind === 'organisation') expect(who.organisation.kind).toBe('un-agency');
    expect(recipientById('pak')?.nameEn).toBe('Pakistan');
  });

  it('return undefined for unknown ids, including ISO2 codes', () => {
    expect(recipientById('XXX')).toBeUndefined();
    expect(recipientById('IT')).toBeUndefined();
  });
});
