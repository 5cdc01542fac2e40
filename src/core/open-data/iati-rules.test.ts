import { describe, expect, it } from 'vitest';
import { DEFAULT_PUBLISHER } from './iati-codes';
import { checkActivity } from './iati-rules';
import type { IatiActivity } from './iati.types';
import { supplyActivity } from './supply-activity';
import { supplyRow } from '../../../test/fixtures/open-data-rows';
import { teamActivity } from './team-activity';

const REF = DEFAULT_PUBLISHER.reporting.ref;
const valid = (): IatiActivity => supplyActivity([supplyRow()], DEFAULT_PUBLISHER);

describe('checkActivity (IATI rules)', () => {
  it('accepts a well-formed activity', () => {
    expect(checkActivity(valid(), REF)).toEqual([]);
  });

  it('wants the identifier to start with the reporting-org ref and a hyphen', () => {
    expect(checkActivity({ ...valid(), identifier: 'XX-1' }, REF)).toEqual([
      `XX-1: iati-identifier must start with the reporting-org ref "${REF}-"`,
    ]);
    expect(checkActivity({ ...valid(), identifier: `${REF}x` }, REF).join()).toMatch(/must start/);
    expect(checkActivity({ ...valid(), identifier: `${REF}-a/b` }, REF).join()).toMatch(
      /\/ & \| or \?/,
    );
  });

  it('wants sector percentages to sum to 100', () => {
    const a = {
      ...valid(),
      sectors: [
        { code: '12264', percentage: 60 },
        { code: '72011', percentage: 30 },
      ],
    };
    expect(checkActivity(a, REF).join()).toMatch(/sector percentages sum to 90, not 100/);
    expect(checkActivity({ ...valid(), sectors: [] }, REF).join()).toMatch(/at least one sector/);
  });

  it('wants the country on the activity or on every transaction, never both', () => {
    const a = valid();
    const both = {
      ...a,
      transactions: a.transactions.map((t) => ({ ...t, recipientCountry: 'PK' })),
    };
    expect(checkActivity(both, REF).join()).toMatch(/on the activity and on transactions/);
    const some = {
      ...a,
      countries: [],
      transactions: [a.transactions[0]!, { ...a.transactions[1]!, recipientCountry: 'PK' }],
    };
    expect(checkActivity(some, REF).join()).toMatch(/on the activity or on every transaction/);
    const every = {
      ...a,
      countries: [],
      transactions: a.transactions.map((t) => ({ ...t, recipientCountry: 'PK' })),
    };
    expect(checkActivity(every, REF)).toEqual([]);
    const half = { ...a, countries: [{ code: 'PK', percentage: 50 }] };
    expect(checkActivity(half, REF).join()).toMatch(/sum to 50, not 100/);
  });

  it('wants a start date and dates in order', () => {
    expect(
      checkActivity({ ...valid(), dates: [{ type: '4', date: '2020-04-01' }] }, REF).join(),
    ).toMatch(/planned \(1\) or actual \(2\) start/);
    const backwards = {
      ...valid(),
      dates: [
        { type: '2' as const, date: '2020-04-01' },
        { type: '4' as const, date: '2020-03-01' },
      ],
    };
    expect(checkActivity(backwards, REF).join()).toMatch(/type 4 \(2020-03-01\) is before type 2/);
  });

  it('accepts an expert team (D01, no transactions, country on the activity)', () => {
    const team = teamActivity(
      {
        id: 'dep-irn',
        name: 'Team to Iran',
        country: 'IRN',
        fromDate: '2020-02-29',
        toDate: '2020-04-10',
        status: 'returned',
        objectives: ['Advise'],
        members: 5,
        illustrative: false,
      },
      DEFAULT_PUBLISHER,
    );
    expect(team).toMatchObject({
      aidType: 'D01',
      status: '3',
      countries: [{ code: 'IR', percentage: 100 }],
    });
    expect(team.dates.map((d) => d.type)).toEqual(['1', '2', '3', '4']);
    expect(checkActivity(team, REF)).toEqual([]);
  });
});
