import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packFlights, packsOf, type FlightSpec, type LoadLine, type Shipment } from './packing';

const masks = (key: string, quantity: number): LoadLine => ({
  key,
  item: 'mask-surgical',
  quantity,
  packSize: 2000,
  packWeightKg: 8,
  packVolumeM3: 0.1,
});
const ventilators = (key: string, quantity: number): LoadLine => ({
  key,
  item: 'ventilator',
  quantity,
  packSize: 1,
  packWeightKg: 60,
  packVolumeM3: 0.5,
});
const flight = (
  id: string,
  payloadKg: number,
  volumeM3: number,
  destinations: string[] | null = null,
): FlightSpec => ({
  id,
  kind: 'charter',
  payloadKg,
  volumeM3,
  destinations,
});

describe('packFlights', () => {
  it('keeps a recipient whole on the tightest flight that takes it', () => {
    const result = packFlights(
      [
        {
          recipient: 'PAK',
          destination: 'PAK',
          lines: [masks('a', 200_000), ventilators('b', 10)],
        },
      ],
      [flight('big', 50_000, 400), flight('small', 2_000, 30)],
    );
    // 100 packs x 8 kg + 10 x 60 kg = 1,400 kg, 15 m³: fits the small one.
    expect(result.consignments).toHaveLength(1);
    expect(result.consignments[0]).toMatchObject({ flight: 'small', weightKg: 1400 });
    expect(result.consignments[0]!.volumeM3).toBeCloseTo(15);
    expect(result.unplaced).toEqual([]);
  });

  it('splits by whole packs when no flight takes it all, volume binding', () => {
    const result = packFlights(
      [{ recipient: 'ITA', destination: 'EU', lines: [masks('m', 2_000_000)] }],
      [flight('f1', 100_000, 60), flight('f2', 100_000, 60)],
    );
    // 1,000 packs of 0.1 m³ = 100 m³: 600 packs on f1, 400 on f2.
    expect(
      result.consignments.map((c) => [c.flight, c.lines[0]!.packs, c.lines[0]!.quantity]),
    ).toEqual([
      ['f1', 600, 1_200_000],
      ['f2', 400, 800_000],
    ]);
  });

  it('puts the part-filled pack last and respects destinations', () => {
    const result = packFlights(
      [
        {
          recipient: 'ITA',
          destination: 'EU',
          lines: [{ ...masks('n95', 200_000), packSize: 240, packWeightKg: 4, packVolumeM3: 0.07 }],
        },
        { recipient: 'SRB', destination: 'SRB', lines: [ventilators('v', 2)] },
      ],
      [
        flight('eu-1', 2_000, 100, ['EU']),
        flight('eu-2', 10_000, 100, ['EU']),
        flight('srb', 1_000, 10, ['SRB']),
      ],
    );
    const eu = result.consignments.filter((c) => c.destination === 'EU');
    expect(eu.reduce((s, c) => s + c.lines[0]!.quantity, 0)).toBe(200_000);
    expect(eu.reduce((s, c) => s + c.lines[0]!.packs, 0)).toBe(
      packsOf({ quantity: 200_000, packSize: 240 }),
    );
    expect(result.consignments.find((c) => c.recipient === 'SRB')?.flight).toBe('srb');
  });

  it('opens flights when asked, and reports what cannot fit at all', () => {
    let n = 0;
    const result = packFlights(
      [{ recipient: 'IRN', destination: 'IRN', lines: [ventilators('v', 5)] }],
      [],
      (d) => flight(`auto-${d}-${++n}`, 150, 5, [d]),
    );
    expect(result.flights.map((f) => f.id)).toEqual(['auto-IRN-1', 'auto-IRN-2', 'auto-IRN-3']);
    expect(result.unplaced).toEqual([]);
    const none = packFlights(
      [{ recipient: 'IRN', destination: 'IRN', lines: [ventilators('v', 1)] }],
      [flight('tiny', 10, 1)],
    );
    expect(none.unplaced).toEqual([{ recipient: 'IRN', key: 'v', quantity: 1 }]);
  });

  it('never overloads a flight and places every unit or reports it (random instances)', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 50_000 }),
      packSize: fc.integer({ min: 1, max: 500 }),
      packWeightKg: fc.integer({ min: 1, max: 80 }),
      packVolumeM3: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.array(
          fc.record({
            kg: fc.integer({ min: 50, max: 20_000 }),
            m3: fc.integer({ min: 1, max: 200 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (shipmentLines, flightSizes) => {
          const shipments: Shipment[] = shipmentLines.map((lines, i) => ({
            recipient: `R${i}`,
            destination: `R${i}`,
            lines: lines.map((l, j) => ({ ...l, key: `R${i}-${j}`, item: `item${j}` })),
          }));
          const result = packFlights(
            shipments,
            flightSizes.map((f, i) => flight(`F${i}`, f.kg, f.m3)),
          );
          for (const f of result.flights) {
            expect(f.usedKg).toBeLessThanOrEqual(f.payloadKg + 1e-6);
            expect(f.usedM3).toBeLessThanOrEqual(f.volumeM3 + 1e-6);
          }
          for (const s of shipments) {
            for (const l of s.lines) {
              const placed = result.consignments
                .flatMap((c) => c.lines)
                .filter((p) => p.key === l.key);
              const missing = result.unplaced.find((u) => u.key === l.key)?.quantity ?? 0;
              expect(placed.reduce((a, p) => a + p.quantity, 0) + missing).toBe(l.quantity);
              expect(placed.reduce((a, p) => a + p.packs, 0)).toBeLessThanOrEqual(packsOf(l));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
