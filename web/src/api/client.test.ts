import { describe, expect, it } from 'vitest';
import { api, errorMessageOf, query } from './client';

describe('api client helpers', () => {
  it('reads the message and field of an API error body', () => {
    expect(
      errorMessageOf(
        { error: { code: 'bad_request', message: 'date "x" is not a date', field: 'date' } },
        'x',
      ),
    ).toEqual({ message: 'date "x" is not a date', field: 'date' });
    expect(errorMessageOf({ error: { message: '' } }, '500 Internal')).toEqual({
      message: '500 Internal',
    });
    expect(errorMessageOf('<html>', '502 Bad Gateway')).toEqual({ message: '502 Bad Gateway' });
  });

  it('builds query strings from the parameters that are set', () => {
    expect(query({ source: null })).toBe('');
    expect(query({ every: 100000, source: 'owid' })).toBe('?every=100000&source=owid');
    expect(api.country('ITA', 'jhu')).toBe('/api/countries/ITA?source=jhu');
    expect(api.situation(null)).toBe('/api/situation');
    expect(api.forecast('ITA', 8, 'high', null)).toBe(
      '/api/countries/ITA/forecast?weeks=8&scenario=high',
    );
  });
});
