import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER } from './iati-codes';
import { checkActivity } from './iati-rules';
import type { ExchangeSessionRow } from './open-data.types';
import { sessionActivity } from './session-activity';

const REF = DEFAULT_PUBLISHER.reporting.ref;
const session = (over: Partial<ExchangeSessionRow> = {}): ExchangeSessionRow => ({
  id: 'ses-1',
  topic: 'Clinical care',
  topicZh: '临床救治',
  startsAt: '2020-03-13T13:00:00Z',
  durationMinutes: 120,
  countries: ['ITA', 'SRB', 'DEU'],
  organisations: ['WHO'],
  attendees: 29,
  illustrative: false,
  ...over,
});

describe('sessionActivity', () => {
  it('is D02 shared evenly by the countries invited (percentages summing to 100), held once attended', () => {
    const a = sessionActivity(session(), DEFAULT_PUBLISHER);
    expect(a).toMatchObject({ aidType: 'D02', status: '3', identifier: `${REF}-session-ses-1` });
    expect(a.countries).toEqual([
      { code: 'IT', percentage: 33.34 },
      { code: 'RS', percentage: 33.33 },
      { code: 'DE', percentage: 33.33 },
    ]);
    expect(a.participating.at(-1)).toMatchObject({
      role: '4',
      org: { nameEn: 'World Health Organization' },
    });
    expect(checkActivity(a, REF)).toEqual([]);
  });

  it('is planned without attendance, leaves out the donor, and falls back to a region with no country', () => {
    const planned = sessionActivity(
      session({ attendees: 0, countries: ['CHN', 'PAK'] }),
      DEFAULT_PUBLISHER,
    );
    expect(planned.status).toBe('1');
    expect(planned.dates.map((d) => d.type)).toEqual(['1', '3']);
    expect(planned.countries).toEqual([{ code: 'PK', percentage: 100 }]);
    const orgsOnly = sessionActivity(
      session({ countries: [], organisations: ['AU'] }),
      DEFAULT_PUBLISHER,
    );
    expect(orgsOnly.regions).toEqual([{ code: '298', percentage: 100 }]);
    expect(checkActivity(orgsOnly, REF)).toEqual([]);
  });
});
