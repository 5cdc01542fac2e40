import { describe, expect, it } from 'vitest';
import { illustrativeRecipients } from './allocation.types';
import { nameBook } from './names';

describe('name book', () => {
  const recipients = { WHO: { en: 'World Health Organization', zh: '世界卫生组织' } };
  const countries = [{ iso3: 'ITA', nameEn: 'Italy', nameZh: '意大利' }];

  it('names recipients from the API, then the country list, then by id', () => {
    const en = nameBook('en', recipients, countries);
    expect(en.recipient('WHO')).toBe('World Health Organization');
    expect(en.recipient('ITA')).toBe('Italy');
    expect(en.recipient('XYZ')).toBe('XYZ');
    expect(nameBook('zh', recipients, countries).recipient('ITA')).toBe('意大利');
  });

  it('names items from the catalogue in both languages', () => {
    expect(nameBook('en', {}, []).item('ventilator')).toMatch(/ventilator/i);
    expect(nameBook('zh', {}, []).item('ventilator')).toContain('呼吸机');
    expect(nameBook('zh', {}, [], { ventilator: { en: 'V', zh: '机' } }).item('ventilator')).toBe(
      '机',
    );
    expect(nameBook('en', {}, []).item('no-such-item')).toBe('no-such-item');
  });
});

describe('illustrative recipients', () => {
  it('mark recipients whose requests are all or partly illustrative, and no others', () => {
    const req = (recipient: string, basis: string) => ({
      id: `${recipient}-${basis}`,
      recipient,
      via: null,
      status: 'agreed',
      urgency: 'urgent',
      neededBy: null,
      title: '',
      basis,
    });
    const marks = illustrativeRecipients([
      req('PAK', 'seed'),
      req('BRA', 'illustrative'),
      req('ZAF', 'illustrative'),
      req('ZAF', 'entered'),
    ]);
    expect([...marks]).toEqual([
      ['BRA', 'all'],
      ['ZAF', 'some'],
    ]);
  });
});
