import type { Assignment, TeamProblem } from './team-problem';
import { scoreAssignments } from './team-problem';

/** Lexicographic comparison of two teams under the builder's objective; negative when `a` is better. */
export function compareTeams(
  problem: TeamProblem,
  a: readonly Assignment[],
  b: readonly Assignment[],
): number {
  const sa = scoreAssignments(problem, a);
  const sb = scoreAssignments(problem, b);
  const keys: [number, number][] = [
    [sb.filledSlots, sa.filledSlots],
    [Number(sb.languageMet), Number(sa.languageMet)],
    [sa.maxPastDays, sb.maxPastDays],
    [sa.totalPastDays, sb.totalPastDays],
    [sa.people, sb.people],
  ];
  for (const [x, y] of keys) if (x !== y) return x - y;
  const ids = (t: readonly Assignment[]): string[] =>
    t.map((m) => problem.candidates[m.candidate]?.id ?? '').sort();
  const ia = ids(a);
  const ib = ids(b);
  for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
    const x = ia[i] ?? '';
    const y = ib[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return ia.length - ib.length;
}

/**
 * The best team by trying every way to give each candidate no role, one of its slots, or the
 * language role: the reference the exact solver is tested against. Exponential; small problems only.
 */
export function solveTeamExhaustively(problem: TeamProblem): Assignment[] {
  const { candidates, capacities } = problem;
  if (candidates.length > 12)
    throw new RangeError('exhaustive search is for 12 candidates or fewer');
  const used = capacities.map(() => 0);
  const current: Assignment[] = [];
  let best: Assignment[] = [];
  let liaison = false;
  const visit = (i: number): void => {
    const c = candidates[i];
    if (!c) {
      if (compareTeams(problem, current, best) < 0) best = [...current];
      return;
    }
    visit(i + 1);
    for (const slot of c.slots) {
      if ((used[slot] ?? 0) >= (capacities[slot] ?? 0)) continue;
      used[slot] = (used[slot] ?? 0) + 1;
      current.push({ candidate: i, slot });
      visit(i + 1);
      current.pop();
      used[slot] = (used[slot] ?? 0) - 1;
    }
    if (problem.languageWanted && c.speaks && !liaison) {
      liaison = true;
      current.push({ candidate: i, slot: 'language' });
      visit(i + 1);
      current.pop();
      liaison = false;
    }
  };
  visit(0);
  return best;
}
