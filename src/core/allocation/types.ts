import type { ItemId, RecipientId } from '../shared/brand';

/** One item as the solver sees it: what may be given away and how it is packed. */
export interface ProblemItem {
  id: ItemId;
  /** Units that may be allocated: stock + producible by the ship date − domestic reserve, never negative. */
  available: number;
  /** Units per pack (> 0). Allocations are whole packs. */
  packSize: number;
  /** Weight of one pack in kg (for cargo capacity). */
  packWeightKg: number;
  /** Volume of one pack in m³ (for cargo capacity). */
  packVolumeM3: number;
  /** Smallest number of packs worth sending to one recipient; 1 means no minimum. */
  minLotPacks: number;
}

/** One recipient as the solver sees it: its policy weight and, optionally, how much cargo it can receive. */
export interface ProblemRecipient {
  id: RecipientId;
  /** Policy weight (> 0): fill rates are proportional to it until a need is met. */
  weight: number;
  /** Cargo capacity to this destination across all items, in kg; null = unlimited. */
  cargoKg: number | null;
  /** Cargo capacity to this destination across all items, in m³; null = unlimited. */
  cargoM3: number | null;
}

/** The plain numbers an allocation solver needs. */
export interface AllocationProblem {
  items: readonly ProblemItem[];
  recipients: readonly ProblemRecipient[];
  /** Need in units, item-major: `needs[k * recipients.length + i]` for item k and recipient i. */
  needs: Float64Array;
}

/** What bound a line: its need, the item's supply, the destination's cargo capacity, or whole packs and lot sizes. */
export type BoundReason = 'none' | 'need' | 'supply' | 'cargo' | 'lot-size';

/** Numeric codes for BoundReason in solution arrays (index into BOUND_REASONS). */
export const BOUND_REASONS: readonly BoundReason[] = [
  'none',
  'need',
  'supply',
  'cargo',
  'lot-size',
];

/** A solver's answer, laid out like `AllocationProblem.needs` (item-major). */
export interface AllocationSolution {
  /** Which solver produced it. */
  solver: string;
  /** Whole packs per line. */
  packs: Float64Array;
  /**
   * Per item: the water level λ at which supply ran out (a line short of its need gets the fill rate
   * λ × weight), or null when supply covers every need. Coupled solutions leave it null and store `exact`.
   */
  levels: (number | null)[];
  /**
   * Exact (continuous) share in units before rounding, when the solver stores it; the fast path does
   * not, because min(d, λ w d) recovers it from `levels` (use exactShares()).
   */
  exact: Float64Array | null;
  /** Binding constraint per line (index into BOUND_REASONS) when stored; else derive with boundsOf(). */
  bound: Uint8Array | null;
}

/** An allocation algorithm behind one contract: the fast path and the HiGHS reference both implement it. */
export interface Solver {
  /** Short name shown in plans and benchmarks. */
  readonly name: string;
  /** Why this solver cannot solve the problem exactly, or null when it can. */
  unsupported(problem: AllocationProblem): string | null;
  /** Solve the problem: exact weighted lexicographic max-min shares, then whole packs. */
  solve(problem: AllocationProblem): Promise<AllocationSolution>;
}
