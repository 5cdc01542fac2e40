import { describe, expect, it } from 'vitest';
import {
  UNVALUED_COLOUR,
  VALUE_COLOURS,
  batchColour,
  mapLegend,
  recipientColour,
  valueBreaks,
  valueClass,
} from './map-colours';

const values = [53_063, 60_000, 106_126, 120_000, 250_000, 400_000, 1_005_490, 2_000_000, 0];

describe('value classes', () => {
  it('splits positive values at rounded quantiles, one break fewer than colours', () => {
    const breaks = valueBreaks(values);
    expect(breaks).toHaveLength(VALUE_COLOURS.length - 1);
    expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
    for (const b of breaks) expect(String(b).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
    expect(valueClass(53_063, breaks)).toBe(0);
    expect(valueClass(2_000_000, breaks)).toBe(breaks.length);
  });

  it('has no breaks when nothing is valued', () => {
    expect(valueBreaks([0, 0])).toEqual([]);
  });
});

describe('recipient colours', () => {
  const breaks = valueBreaks(values);
  it('colours by value class, and apart when nothing is valued', () => {
    expect(recipientColour({ valueUsd: 53_063, batches: [1] }, 'value', breaks)).toBe(
      VALUE_COLOURS[0],
    );
    expect(recipientColour({ valueUsd: 2_000_000, batches: [1] }, 'value', breaks)).toBe(
      VALUE_COLOURS.at(-1),
    );
    expect(recipientColour({ valueUsd: 0, batches: [] }, 'value', breaks)).toBe(UNVALUED_COLOUR);
  });

  it('colours by the first batch that reached a recipient', () => {
    expect(recipientColour({ valueUsd: 1, batches: [3, 2] }, 'batch', breaks)).toBe(batchColour(2));
    expect(batchColour(1)).not.toBe(batchColour(2));
    expect(recipientColour({ valueUsd: 0, batches: [] }, 'batch', breaks)).toBe(UNVALUED_COLOUR);
  });

  it('lists in the legend every colour the map uses', () => {
    const rs = [
      { valueUsd: 53_063, batches: [2] },
      { valueUsd: 2_000_000, batches: [1, 4] },
      { valueUsd: 0, batches: [] },
    ];
    for (const colouring of ['value', 'batch'] as const) {
      const legend = new Set(mapLegend(rs, colouring, breaks).map((e) => e.colour));
      for (const r of rs) expect(legend.has(recipientColour(r, colouring, breaks))).toBe(true);
    }
    expect(
      mapLegend(rs, 'batch', breaks).map((e) => (e.kind === 'batch' ? e.batch : e.kind)),
    ).toEqual([1, 2, 'other']);
  });
});
