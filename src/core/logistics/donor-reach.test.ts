import { describe, expect, it } from 'vitest';
import { donorReach } from './donor-reach';

describe('donorReach', () => {
  it('credits allocations to receipts first in, first out, per depot and item', () => {
    const reach = donorReach(
      [
        { depot: 'PEK', item: 'mask', order: 1, quantity: 1000, donor: 'government stock' },
        { depot: 'PEK', item: 'mask', order: 2, quantity: 500, donor: 'Jack Ma Foundation' },
        { depot: 'SHA', item: 'mask', order: 3, quantity: 800, donor: 'Shanghai municipality' },
      ],
      [
        { depot: 'PEK', item: 'mask', order: 10, quantity: 1200, recipient: 'ITA' },
        { depot: 'PEK', item: 'mask', order: 11, quantity: 400, recipient: 'SRB' },
        { depot: 'SHA', item: 'mask', order: 12, quantity: 100, recipient: 'SRB' },
      ],
    );
    expect(reach).toEqual([
      { donor: '(unrecorded)', recipient: 'SRB', item: 'mask', quantity: 100 },
      { donor: 'government stock', recipient: 'ITA', item: 'mask', quantity: 1000 },
      { donor: 'Jack Ma Foundation', recipient: 'ITA', item: 'mask', quantity: 200 },
      { donor: 'Jack Ma Foundation', recipient: 'SRB', item: 'mask', quantity: 300 },
      { donor: 'Shanghai municipality', recipient: 'SRB', item: 'mask', quantity: 100 },
    ]);
  });
});
