// Packing a batch onto flights: whole packs of each line, within every flight's payload (kg) and volume
// (m³), a recipient's goods kept on one flight when one can take them all.

/** A line to ship: units of one item, and how that item is packed (from the catalogue). */
export interface LoadLine {
  /** The caller's key for the line (a batch line id). */
  key: string;
  item: string;
  quantity: number;
  packSize: number;
  packWeightKg: number;
  packVolumeM3: number;
}

/** Everything one recipient receives in the batch, and where it is delivered (the consignee). */
export interface Shipment {
  recipient: string;
  /** Who takes delivery: the recipient, or the partner it is routed through. */
  destination: string;
  lines: LoadLine[];
}

/** A flight and its limits; `destinations` null = it may carry goods for anyone. */
export interface FlightSpec {
  id: string;
  kind: 'charter' | 'cargo';
  payloadKg: number;
  volumeM3: number;
  destinations: readonly string[] | null;
}

/** Part of a line placed on a flight. */
export interface PackedLine {
  key: string;
  item: string;
  packs: number;
  quantity: number;
  weightKg: number;
  volumeM3: number;
}

/** One recipient's goods on one flight: a consignment. */
export interface PackedConsignment {
  recipient: string;
  destination: string;
  flight: string;
  lines: PackedLine[];
  weightKg: number;
  volumeM3: number;
}

/** A flight after packing: what it carries in total. */
export interface FlightLoad extends FlightSpec {
  usedKg: number;
  usedM3: number;
}

/** The packing: consignments, flight loads, and what found no room. */
export interface PackingResult {
  consignments: PackedConsignment[];
  flights: FlightLoad[];
  unplaced: { recipient: string; key: string; quantity: number }[];
}

const EPS = 1e-9;

/** Packs of a line: ⌈quantity ÷ pack size⌉ (the last pack may be part-filled). */
export function packsOf(line: Pick<LoadLine, 'quantity' | 'packSize'>): number {
  return Math.ceil(line.quantity / line.packSize);
}

/** Total weight and volume of a shipment in whole packs. */
export function shipmentLoad(lines: readonly LoadLine[]): { kg: number; m3: number } {
  let kg = 0;
  let m3 = 0;
  for (const l of lines) {
    const packs = packsOf(l);
    kg += packs * l.packWeightKg;
    m3 += packs * l.packVolumeM3;
  }
  return { kg, m3 };
}

/**
 * Packs shipments onto flights, deterministically: shipments heaviest first; a shipment goes whole onto
 * the eligible flight with the least room that still takes it all, else is split pack by pack across
 * eligible flights in order. When nothing fits and `openFlight` is given, it opens a new flight for that
 * destination. A single pack larger than any flight is reported as unplaced.
 */
export function packFlights(
  shipments: readonly Shipment[],
  flights: readonly FlightSpec[],
  openFlight?: (destination: string) => FlightSpec,
): PackingResult {
  for (const f of flights) {
    if (!(f.payloadKg > 0) || !(f.volumeM3 > 0)) {
      throw new RangeError(`flight ${f.id}: payload and volume must be > 0`);
    }
  }
  const loads: FlightLoad[] = flights.map((f) => ({ ...f, usedKg: 0, usedM3: 0 }));
  const consignments = new Map<string, PackedConsignment>();
  const unplaced: PackingResult['unplaced'] = [];
  const order = shipments
    .map((s) => ({ s, load: shipmentLoad(s.lines) }))
    .sort((a, b) => b.load.kg - a.load.kg || (a.s.recipient < b.s.recipient ? -1 : 1));
  for (const { s, load } of order) {
    const serves = (f: FlightLoad) =>
      f.destinations === null || f.destinations.includes(s.destination);
    const room = (f: FlightLoad) => ({ kg: f.payloadKg - f.usedKg, m3: f.volumeM3 - f.usedM3 });
    const whole = loads
      .filter((f) => serves(f) && room(f).kg + EPS >= load.kg && room(f).m3 + EPS >= load.m3)
      .sort((a, b) => room(a).kg - room(b).kg || (a.id < b.id ? -1 : 1))[0];
    for (const line of [...s.lines].sort((a, b) =>
      a.item < b.item ? -1 : a.item > b.item ? 1 : 0,
    )) {
      let packs = packsOf(line);
      let unitsLeft = line.quantity;
      const candidates = whole ? [whole] : loads.filter(serves);
      const place = (f: FlightLoad): void => {
        const r = room(f);
        const byKg = line.packWeightKg > 0 ? Math.floor((r.kg + EPS) / line.packWeightKg) : packs;
        const byM3 = line.packVolumeM3 > 0 ? Math.floor((r.m3 + EPS) / line.packVolumeM3) : packs;
        const n = Math.min(packs, byKg, byM3);
        if (n <= 0) return;
        const units = Math.min(unitsLeft, n * line.packSize);
        f.usedKg += n * line.packWeightKg;
        f.usedM3 += n * line.packVolumeM3;
        const key = `${s.recipient}\u0000${f.id}`;
        let c = consignments.get(key);
        if (!c) {
          c = {
            recipient: s.recipient,
            destination: s.destination,
            flight: f.id,
            lines: [],
            weightKg: 0,
            volumeM3: 0,
          };
          consignments.set(key, c);
        }
        c.lines.push({
          key: line.key,
          item: line.item,
          packs: n,
          quantity: units,
          weightKg: n * line.packWeightKg,
          volumeM3: n * line.packVolumeM3,
        });
        c.weightKg += n * line.packWeightKg;
        c.volumeM3 += n * line.packVolumeM3;
        packs -= n;
        unitsLeft -= units;
      };
      for (const f of candidates) {
        if (packs === 0) break;
        place(f);
      }
      while (packs > 0 && openFlight) {
        const f: FlightLoad = { ...openFlight(s.destination), usedKg: 0, usedM3: 0 };
        if (f.payloadKg < line.packWeightKg || f.volumeM3 < line.packVolumeM3) break;
        loads.push(f);
        place(f);
      }
      if (packs > 0) unplaced.push({ recipient: s.recipient, key: line.key, quantity: unitsLeft });
    }
  }
  const flightOrder = new Map(loads.map((f, i) => [f.id, i]));
  return {
    consignments: [...consignments.values()].sort(
      (a, b) =>
        flightOrder.get(a.flight)! - flightOrder.get(b.flight)! ||
        (a.recipient < b.recipient ? -1 : a.recipient > b.recipient ? 1 : 0),
    ),
    flights: loads,
    unplaced,
  };
}
