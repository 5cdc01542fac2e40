import { describe, expect, it } from 'vitest';
import { LABEL, marksFor, recipientLanguages } from './marks';
import { QUOTATIONS } from './quotations';

describe('marksFor', () => {
  it('prints the seed label in English and Chinese on every consignment', () => {
    expect(LABEL).toEqual({ en: 'For a shared future', zh: '为了共同的未来' });
    expect(marksFor('KHM').label).toBe(LABEL);
  });

  it('chooses a quotation in the recipient’s language, the same one every time', () => {
    const italy = marksFor('ITA');
    expect(italy.quotation.language).toBe('ita');
    expect(italy.fallback).toBe(false);
    expect(marksFor('ita').quotation.id).toBe(italy.quotation.id);
    expect(marksFor('SRB').quotation.language).toBe('srp');
    expect(marksFor('IRN').quotation.language).toBe('fas');
    expect(marksFor('IRQ').quotation.language).toBe('ara');
    expect(marksFor('FRA').quotation.author).toMatch(/Hugo/);
    expect(marksFor('ZAF').quotation.author).toMatch(/Mandela/);
  });

  it('reads organisations’ working languages and falls back to English, saying so', () => {
    expect(recipientLanguages('EU')).toContain('fra');
    expect(marksFor('WHO').quotation.language).toBe('eng');
    const cambodia = marksFor('KHM');
    expect(recipientLanguages('KHM')).toEqual(['khm']);
    expect(cambodia).toMatchObject({ fallback: true, quotation: { language: 'eng' } });
  });

  it('lets the caller choose the language', () => {
    expect(marksFor('PAK', ['zho']).quotation.language).toBe('zho');
  });

  it('has unique ids and both translations for every quotation', () => {
    expect(new Set(QUOTATIONS.map((q) => q.id)).size).toBe(QUOTATIONS.length);
    for (const q of QUOTATIONS) {
      expect(q.translationEn.length).toBeGreaterThan(0);
      expect(q.translationZh.length).toBeGreaterThan(0);
    }
  });
});
