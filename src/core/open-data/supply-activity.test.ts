import { describe, expect, it } from 'vitest';
import { itemById } from '../reference/catalogue';
import { DEFAULT_PUBLISHER } from './iati-codes';
import { checkActivity } from './iati-rules';
import { supplyActivity, supplyStatus } from './supply-activity';
import { supplyRow } from '../../../test/fixtures/open-data-rows';

const REF = DEFAULT_PUBLISHER.reporting.ref;

describe('supplyStatus', () => {
  it('is "allocated" while units are on no consignment, else the least advanced consignment', () => {
    expect(supplyStatus(supplyRow())).toBe('received');
    expect(supplyStatus(supplyRow({ packed: 5_000, leastStatus: 'departed' }))).toBe('allocated');
    expect(supplyStatus(supplyRow({ packed: 0, leastStatus: null }))).toBe('allocated');
    expect(supplyStatus(supplyRow({ leastStatus: 'arrived' }))).toBe('arrived');
  });
});

describe('supplyActivity', () => {
  const masks = supplyRow();
  const ventilators = supplyRow({
    item: 'ventilator',
    allocated: 2,
    packed: 2,
    shipped: 0,
    received: 0,
    damaged: 0,
    missing: 0,
    firstDeparted: null,
    lastReceived: null,
    leastStatus: 'packed',
  });

  it('has the prefixed identifier, the country on the activity only, and passes every rule', () => {
    const a = supplyActivity([masks, ventilators], DEFAULT_PUBLISHER);
    expect(a.identifier).toBe(`${REF}-b1-PAK`);
    expect(a.countries).toEqual([{ code: 'PK', percentage: 100 }]);
    expect(a.regions).toEqual([]);
    expect(a.transactions.every((t) => t.recipientCountry === undefined)).toBe(true);
    expect(checkActivity(a, REF)).toEqual([]);
  });

  it('commits every item at approval and disburses what departed, valued at reference prices', () => {
    const a = supplyActivity([masks, ventilators], DEFAULT_PUBLISHER);
    const price = (id: string) => itemById(id)!.referencePriceUsd;
    expect(a.transactions.map((t) => [t.type, t.inKind?.item, t.date, t.valueUsd])).toEqual([
      ['2', 'mask-surgical', '2020-03-05', Math.round(10_000 * price('mask-surgical') * 100) / 100],
      ['3', 'mask-surgical', '2020-03-07', Math.round(10_000 * price('mask-surgical') * 100) / 100],
      ['2', 'ventilator', '2020-03-05', 2 * price('ventilator')],
    ]);
    expect(a.transactions[1]!.inKind).toMatchObject({
      received: 9_000,
      damaged: 600,
      missing: 400,
    });
  });

  it('splits sectors by value: supplies for COVID-19 control, devices for emergency health care', () => {
    const a = supplyActivity([masks, ventilators], DEFAULT_PUBLISHER);
    const masksValue = 10_000 * itemById('mask-surgical')!.referencePriceUsd;
    const devices = 2 * itemById('ventilator')!.referencePriceUsd;
    const share = Math.round((devices / (masksValue + devices)) * 10_000) / 100;
    expect(a.sectors.map((s) => s.code)).toEqual(['12264', '72011']);
    expect(a.sectors[1]!.percentage).toBeCloseTo(share, 2);
    expect(a.sectors[0]!.percentage + a.sectors[1]!.percentage).toBeCloseTo(100, 9);
    expect(supplyActivity([masks], DEFAULT_PUBLISHER).sectors).toEqual([
      { code: '12264', percentage: 100 },
    ]);
  });

  it('is in implementation until every item is received, then finalised with its actual end', () => {
    expect(supplyActivity([masks, ventilators], DEFAULT_PUBLISHER)).toMatchObject({
      status: '2',
      dates: [{ type: '2', date: '2020-03-05' }],
    });
    expect(supplyActivity([masks], DEFAULT_PUBLISHER)).toMatchObject({
      status: '3',
      dates: [
        { type: '2', date: '2020-03-05' },
        { type: '4', date: '2020-03-09' },
      ],
    });
  });

  it('names an organisation by region (no country), and a partner as implementer and receiver', () => {
    const who = supplyActivity([supplyRow({ recipient: 'WHO' })], DEFAULT_PUBLISHER);
    expect(who.countries).toEqual([]);
    expect(who.regions).toEqual([{ code: '998', percentage: 100 }]);
    expect(checkActivity(who, REF)).toEqual([]);
    const italy = supplyActivity([supplyRow({ recipient: 'ITA', via: 'EU' })], DEFAULT_PUBLISHER);
    expect(italy.participating.filter((p) => p.role === '4').map((p) => p.org.nameEn)).toEqual([
      'European Union',
      'Government of Italy',
    ]);
    expect(italy.transactions[0]!.receiver.nameEn).toBe('European Union');
  });

  it('keeps identifiers free of / & | ? and refuses rows of two activities', () => {
    const a = supplyActivity([supplyRow({ batchId: 'b/1 & 2?' })], DEFAULT_PUBLISHER);
    expect(a.identifier).toBe(`${REF}-b_1___2_-PAK`);
    expect(() =>
      supplyActivity([masks, supplyRow({ recipient: 'LAO' })], DEFAULT_PUBLISHER),
    ).toThrow(/share batch and recipient: b1\/PAK vs b1\/LAO/);
  });
});
