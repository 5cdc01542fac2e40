import { describe, expect, it } from 'vitest';
import { EMPTY_SHIPPING, shippingBody } from './shipping-form';

describe('shipping form', () => {
  it("leaves everything to the server's defaults when nothing is filled in", () => {
    expect(shippingBody(EMPTY_SHIPPING)).toEqual({});
  });

  it('sends the aircraft limits as numbers, with origin and departure date', () => {
    expect(
      shippingBody({
        payloadKg: '60000',
        volumeM3: '400.5',
        origin: ' Shanghai ',
        departsOn: '2020-03-28',
      }),
    ).toEqual({
      aircraft: { payloadKg: 60_000, volumeM3: 400.5 },
      origin: 'Shanghai',
      departsOn: '2020-03-28',
    });
  });

  it('sends a half-filled or mistyped aircraft as it is, for the server to name the field', () => {
    expect(shippingBody({ ...EMPTY_SHIPPING, payloadKg: '60t' })).toEqual({
      aircraft: { payloadKg: '60t', volumeM3: undefined },
    });
  });
});
