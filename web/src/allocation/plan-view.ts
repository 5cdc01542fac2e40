// What the planning page shows of a plan: rows per recipient, their fill rates, sorting, and what moved.
import type {
  AllocationPlan,
  BoundReason,
  PlanLine,
  PlanRecipient,
} from '../../../src/core/allocation';

/** One recipient of a plan as the map and the table show it, for one item or all of them. */
export interface RecipientRow {
  id: string;
  kind: PlanRecipient['kind'];
  weight: number;
  /** Its lines (of the chosen item, or all), in item order. */
  lines: PlanLine[];
  /** Mean fill rate over its lines with a need (items have different units, so no unit totals); null without one. */
  fillRate: number | null;
  /** Lowest fill rate over its lines with a need. */
  minFillRate: number | null;
  /** The same mean under population pro-rata. */
  proRataFillRate: number | null;
  /** What bound its shortest line: supply, whole packs, cargo, or need met. */
  bound: BoundReason;
}

/** How the table can be ordered. */
export type RowOrder = 'weight' | 'fill' | 'name';

/** The key of a line: "recipient/item". */
export const lineKey = (line: { recipient: string; item: string }) =>
  `${line.recipient}/${line.item}`;

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Rows per recipient with a line (of `item`, when given), in the plan's order (by id). */
export function recipientRows(plan: AllocationPlan, item: string | null = null): RecipientRow[] {
  const byRecipient = new Map<string, PlanLine[]>();
  for (const line of plan.lines) {
    if (item !== null && line.item !== item) continue;
    const list = byRecipient.get(line.recipient);
    if (list) list.push(line);
    else byRecipient.set(line.recipient, [line]);
  }
  const rows: RecipientRow[] = [];
  for (const r of plan.recipients) {
    const lines = byRecipient.get(r.id);
    if (!lines) continue;
    const needed = lines.filter((l) => l.need > 0);
    const fills = needed.map((l) => l.fillRate);
    const shortest = needed.reduce<PlanLine | null>(
      (a, l) => (a === null || l.fillRate < a.fillRate ? l : a),
      null,
    );
    rows.push({
      id: r.id,
      kind: r.kind,
      weight: r.score.weight,
      lines,
      fillRate: mean(fills),
      minFillRate: fills.length ? Math.min(...fills) : null,
      proRataFillRate: mean(needed.map((l) => l.proRataFillRate)),
      bound: shortest?.bound ?? 'none',
    });
  }
  return rows;
}

/** Rows in the chosen order: weight (highest first), fill rate (lowest first) or name; ties by name. */
export function sortRows(
  rows: readonly RecipientRow[],
  order: RowOrder,
  nameOf: (id: string) => string,
): RecipientRow[] {
  const byName = (a: RecipientRow, b: RecipientRow) =>
    nameOf(a.id).localeCompare(nameOf(b.id)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const fill = (r: RecipientRow) => r.fillRate ?? 2;
  const compare = (a: RecipientRow, b: RecipientRow): number => {
    switch (order) {
      case 'weight':
        return b.weight - a.weight || byName(a, b);
      case 'fill':
        return fill(a) - fill(b) || byName(a, b);
      case 'name':
        return byName(a, b);
    }
  };
  return [...rows].sort(compare);
}

/** Units each line gained (+) or lost (−) against a reference plan, for lines that changed. */
export function lineChanges(plan: AllocationPlan, reference: AllocationPlan): Map<string, number> {
  const before = new Map(reference.lines.map((l) => [lineKey(l), l.quantity]));
  const changes = new Map<string, number>();
  for (const line of plan.lines) {
    const delta = line.quantity - (before.get(lineKey(line)) ?? 0);
    if (delta !== 0) changes.set(lineKey(line), delta);
  }
  return changes;
}

/** Headline figures of a plan: recipients and lines, how many lines are fully met, units allocated per item. */
export interface PlanSummary {
  recipients: number;
  lines: number;
  linesMet: number;
  linesShort: number;
  /** Lines whose need is zero (the forecast says none is needed). */
  linesNoNeed: number;
}

/** Counts the recipients and lines of a plan and how many are met or short. */
export function planSummary(plan: AllocationPlan): PlanSummary {
  const recipients = new Set(plan.lines.map((l) => l.recipient)).size;
  let linesMet = 0;
  let linesShort = 0;
  let linesNoNeed = 0;
  for (const l of plan.lines) {
    if (l.need <= 0) linesNoNeed++;
    // A line bound by its need is met: whole packs may leave it short of the need by under a pack.
    else if (l.quantity >= l.need || l.bound === 'need') linesMet++;
    else linesShort++;
  }
  return { recipients, lines: plan.lines.length, linesMet, linesShort, linesNoNeed };
}

/** The lines of one recipient in a plan. */
export function linesOf(plan: AllocationPlan, recipient: string): PlanLine[] {
  return plan.lines.filter((l) => l.recipient === recipient);
}

/** Which of two quality figures is better: lower is better for unmet need and Gini, higher for min fill. */
export function better(
  metric: 'minFillRate' | 'weightedUnmet' | 'gini',
  ours: number,
  theirs: number,
): 'ours' | 'theirs' | 'same' {
  if (Math.abs(ours - theirs) < 1e-9) return 'same';
  const higherIsBetter = metric === 'minFillRate';
  return ours > theirs === higherIsBetter ? 'ours' : 'theirs';
}
