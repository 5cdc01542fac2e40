import { FlowNetwork, type ArcHandle } from './min-cost-flow';
import type { Assignment, TeamCandidate, TeamProblem } from './team-problem';

interface Indexed extends TeamCandidate {
  index: number;
}

interface Solved {
  flow: number;
  cost: bigint;
  assignments: Assignment[];
}

/**
 * The best team for a problem, exactly: (1) fill as many specialty slots as possible and meet the
 * language; (2) lowest highest load; (3) lowest total load; (4) fewest people; (5) the
 * alphabetically first member ids. One expert fills at most one slot; at most one extra member,
 * who must speak a requested language, may join without a slot.
 */
export function solveTeam(problem: TeamProblem): Assignment[] {
  const all: Indexed[] = problem.candidates.map((c, index) => ({ ...c, index }));
  if (all.length === 0) return [];
  const caps = problem.capacities;
  const zero = (): bigint => 0n;
  const maxSlots = minCostTeam(all, caps, zero).flow;
  const languageNeeded = problem.languageWanted && all.some((c) => c.speaks);

  // (2) The lowest load threshold T such that experts with load <= T still reach full coverage.
  const thresholds = [...new Set(all.map((c) => c.load))].sort((a, b) => a - b);
  let pool = all;
  for (const t of thresholds) {
    const within = all.filter((c) => c.load <= t);
    const covers =
      minCostTeam(within, caps, zero).flow === maxSlots &&
      (!languageNeeded || within.some((c) => c.speaks));
    if (covers) {
      pool = within;
      break;
    }
  }

  // (3)-(5) as one exact integer cost per member: load first, then one per person, then id rank.
  const n = BigInt(pool.length);
  const perPerson = 1n << n;
  const perDay = (n + 2n) * perPerson;
  const rank = new Map(pool.map((c, r) => [c.index, BigInt(r)]));
  const cost = (c: Indexed): bigint =>
    BigInt(c.load) * perDay + perPerson - (1n << (n - 1n - (rank.get(c.index) ?? 0n)));

  const best = minCostTeam(pool, caps, cost);
  const speaks = (a: Assignment): boolean => all[a.candidate]?.speaks === true;
  if (!languageNeeded || best.assignments.some(speaks)) return best.assignments;

  // The cheapest team has no speaker. Either add the cheapest speaker as the language member, or
  // bring a speaker x into a slot. Teams that fill the most slots are the bases of a (transversal)
  // matroid, so the cheapest one containing x is the cheapest team with x swapped in for the
  // dearest member it can displace through a chain of slot changes.
  let bestCost: bigint | null = null;
  let bestTeam: Assignment[] = [];
  const consider = (total: bigint, team: Assignment[]): void => {
    if (bestCost === null || total < bestCost) {
      bestCost = total;
      bestTeam = team;
    }
  };
  for (const x of pool.filter((c) => c.speaks)) {
    consider(best.cost + cost(x), [...best.assignments, { candidate: x.index, slot: 'language' }]);
    const swap = swapIn(best.assignments, x, all, caps, cost);
    if (swap) consider(best.cost + cost(x) - swap.droppedCost, swap.assignments);
  }
  return bestTeam;
}

/**
 * The cheapest change of a maximum team that brings `x` into a slot: follow chains "x takes slot s,
 * whose holder y moves to another of its slots, ..." and drop the dearest member reached.
 * Undefined when x can fill no slot.
 */
function swapIn(
  team: readonly Assignment[],
  x: Indexed,
  all: readonly Indexed[],
  caps: readonly number[],
  cost: (c: Indexed) => bigint,
): { droppedCost: bigint; assignments: Assignment[] } | undefined {
  const holders = new Map<number, number[]>();
  const slotOf = new Map<number, number>();
  for (const a of team) {
    if (a.slot === 'language') continue;
    holders.set(a.slot, [...(holders.get(a.slot) ?? []), a.candidate]);
    slotOf.set(a.candidate, a.slot);
  }
  // reachedFrom[y] = the member (or x) whose move into y's slot displaces y.
  const reachedFrom = new Map<number, number>();
  const seenSlots = new Set<number>();
  const queue = [x.index];
  for (let head = 0; head < queue.length; head++) {
    const mover = all[queue[head] ?? -1];
    for (const s of mover?.slots ?? []) {
      if ((caps[s] ?? 0) <= 0 || seenSlots.has(s)) continue;
      seenSlots.add(s);
      for (const y of holders.get(s) ?? []) {
        if (reachedFrom.has(y)) continue;
        reachedFrom.set(y, mover?.index ?? -1);
        queue.push(y);
      }
    }
  }
  let dropped: Indexed | undefined;
  for (const y of reachedFrom.keys()) {
    const c = all[y];
    if (c && (dropped === undefined || cost(c) > cost(dropped))) dropped = c;
  }
  if (!dropped) return undefined;
  // Walk back from the dropped member: each mover takes the slot of the member it displaced.
  const moved = new Map<number, number>();
  for (let y = dropped.index; y !== x.index;) {
    const mover = reachedFrom.get(y) ?? x.index;
    moved.set(mover, slotOf.get(y) ?? -1);
    y = mover;
  }
  const assignments: Assignment[] = team
    .filter((a) => a.candidate !== dropped.index)
    .map((a) => ({ candidate: a.candidate, slot: moved.get(a.candidate) ?? a.slot }));
  assignments.push({ candidate: x.index, slot: moved.get(x.index) ?? -1 });
  return { droppedCost: cost(dropped), assignments };
}

/** Min-cost max-flow from candidates to slots: each candidate fills at most one slot it can fill. */
function minCostTeam(
  candidates: readonly Indexed[],
  capacities: readonly number[],
  cost: (c: Indexed) => bigint,
): Solved {
  const source = 0;
  const slotNode = (s: number): number => 1 + candidates.length + s;
  const sink = 1 + candidates.length + capacities.length;
  const net = new FlowNetwork(sink + 1);
  capacities.forEach((cap, s) => {
    if (cap > 0) net.addArc(slotNode(s), sink, cap, 0n);
  });
  const arcs: { candidate: number; slot: number; arc: ArcHandle }[] = [];
  candidates.forEach((c, i) => {
    const usable = c.slots.filter((s) => (capacities[s] ?? 0) > 0);
    if (usable.length === 0) return;
    net.addArc(source, 1 + i, 1, cost(c));
    for (const s of usable) {
      arcs.push({ candidate: c.index, slot: s, arc: net.addArc(1 + i, slotNode(s), 1, 0n) });
    }
  });
  const { flow, cost: total } = net.minCostMaxFlow(source, sink);
  const assignments = arcs
    .filter((a) => net.flowOn(a.arc) > 0)
    .map((a) => ({ candidate: a.candidate, slot: a.slot }));
  return { flow, cost: total, assignments };
}
