// The consignments board's arithmetic: consignments grouped by flight in natural order, each flight's load
// against its payload and volume, and where each consignment is in its journey.
import {
  STAGES,
  type Consignment,
  type ConsignmentStatus,
  type Flight,
  type Stage,
} from './ops.types';

/** One flight on the board: its consignments and how much of its payload and volume they use. */
export interface FlightGroup {
  flightId: string;
  flight: Flight | null;
  consignments: Consignment[];
  weightKg: number;
  volumeM3: number;
  /** Used / limit (null when the limit is unknown); above 1 means overloaded. */
  weightShare: number | null;
  volumeShare: number | null;
}

const natural = new Intl.Collator('en', { numeric: true });

/** Groups consignments by flight (CHARTER 2 before CHARTER 10), summing weight and volume per flight. */
export function groupByFlight(consignments: readonly Consignment[]): FlightGroup[] {
  const groups = new Map<string, FlightGroup>();
  for (const c of consignments) {
    let group = groups.get(c.flightId);
    if (!group) {
      group = {
        flightId: c.flightId,
        flight: c.flight,
        consignments: [],
        weightKg: 0,
        volumeM3: 0,
        weightShare: null,
        volumeShare: null,
      };
      groups.set(c.flightId, group);
    }
    group.consignments.push(c);
    group.weightKg += c.weightKg;
    group.volumeM3 += c.volumeM3;
  }
  const share = (used: number, limit: number | undefined) =>
    limit !== undefined && limit > 0 ? used / limit : null;
  return [...groups.values()]
    .map((g) => ({
      ...g,
      volumeM3: Math.round(g.volumeM3 * 1000) / 1000,
      weightShare: share(g.weightKg, g.flight?.payloadKg),
      volumeShare: share(g.volumeM3, g.flight?.volumeM3),
    }))
    .sort((a, b) =>
      natural.compare(a.flight?.flightNo ?? a.flightId, b.flight?.flightNo ?? b.flightId),
    );
}

/** A bar's width as a percentage of its track (0-100; an overload fills the track). */
export function barWidth(share: number | null): number {
  if (share === null || !Number.isFinite(share) || share <= 0) return 0;
  return Math.min(100, Math.round(share * 1000) / 10);
}

/** The consignment's latest step and when it happened (null while only planned). */
export function latestStep(c: Consignment): { kind: Stage; at: string } | null {
  const steps = c.events.filter((e): e is typeof e & { kind: Stage } =>
    (STAGES as readonly string[]).includes(e.kind),
  );
  const last = steps.sort((a, b) => a.seq - b.seq).at(-1);
  return last ? { kind: last.kind, at: last.at } : null;
}

/** The step that may be recorded next on a consignment with this status (null once received). */
export function nextStage(status: string): Stage | null {
  if (status === 'planned') return STAGES[0];
  const at = STAGES.indexOf(status as Stage);
  return at < 0 ? null : (STAGES[at + 1] ?? null);
}

/** Whether a status is one the board knows (planned or a step). */
export function isConsignmentStatus(value: string): value is ConsignmentStatus {
  return value === 'planned' || (STAGES as readonly string[]).includes(value);
}
