// The rules of a batch: what a line may hold, how an allocation per recipient is spread over its request
// lines, which depots supply an approved line, when a draft is stale, and how two drafts differ.

/** Why a line quantity is not acceptable, or null when it is. */
export function lineQuantityProblem(
  quantity: number,
  line: { item: string; packSize: number; remaining: number },
): string | null {
  if (!Number.isFinite(quantity) || !Number.isInteger(quantity)) {
    return `quantity must be a whole number of units, got ${quantity}`;
  }
  if (quantity < 0) return `quantity must not be negative, got ${quantity}`;
  if (quantity > line.remaining) {
    return `quantity ${quantity} of ${line.item} is more than the ${line.remaining} units still agreed and not yet allocated`;
  }
  if (quantity % line.packSize !== 0 && quantity !== line.remaining) {
    return (
      `quantity ${quantity} of ${line.item} is not a whole number of packs of ${line.packSize}` +
      ` (${(quantity / line.packSize).toFixed(2)} packs); use a multiple of ${line.packSize} or exactly the ${line.remaining} units remaining`
    );
  }
  return null;
}

/** A request line competing for a recipient's allocation of one item. */
export interface OpenLine {
  id: string;
  /** Agreed units not yet allocated by approved batches. */
  remaining: number;
  /** YYYY-MM-DD or null; earlier dates are served first. */
  neededBy: string | null;
}

/**
 * Spreads `allocated` units (whole packs, at most the sum of remaining) over a recipient's request
 * lines for one item: earliest needed-by first, then by id; whole packs per line first, then part
 * packs that complete a line. Returns units per line id; what cannot be placed is left out.
 */
export function spreadOverLines(
  allocated: number,
  lines: readonly OpenLine[],
  packSize: number,
): Map<string, number> {
  const order = [...lines].sort((a, b) =>
    (a.neededBy ?? '9999') < (b.neededBy ?? '9999')
      ? -1
      : (a.neededBy ?? '9999') > (b.neededBy ?? '9999')
        ? 1
        : a.id < b.id
          ? -1
          : 1,
  );
  const out = new Map<string, number>(order.map((l) => [l.id, 0]));
  let left = allocated;
  for (const l of order) {
    const give =
      Math.min(Math.floor(left / packSize), Math.floor(l.remaining / packSize)) * packSize;
    out.set(l.id, give);
    left -= give;
  }
  for (const l of order) {
    const rest = l.remaining - out.get(l.id)!;
    if (rest > 0 && rest <= left) {
      out.set(l.id, l.remaining);
      left -= rest;
    }
  }
  return out;
}

/** Free stock of an item in one depot (on hand minus what approved batches already hold). */
export interface DepotFree {
  depot: string;
  free: number;
}

/** Takes `quantity` from depots, the one with most free stock first (ties by id); null if they lack it. */
export function assignDepots(
  quantity: number,
  depots: readonly DepotFree[],
): { depot: string; quantity: number }[] | null {
  const order = [...depots].sort((a, b) => b.free - a.free || (a.depot < b.depot ? -1 : 1));
  const out: { depot: string; quantity: number }[] = [];
  let left = quantity;
  for (const d of order) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(0, d.free));
    if (take > 0) out.push({ depot: d.depot, quantity: take });
    left -= take;
  }
  return left === 0 ? out : null;
}

/** What a draft was computed from: a version per item's supply and per request in scope. */
export interface DraftBasis {
  items: Record<string, number>;
  requests: Record<string, number>;
}

/** What changed since a draft was made (empty when it is current). */
export function staleness(drafted: DraftBasis, now: DraftBasis): string[] {
  const changes: string[] = [];
  for (const [item, v] of Object.entries(drafted.items)) {
    if (now.items[item] !== v) changes.push(`stock or reserve of ${item} changed`);
  }
  for (const [request, v] of Object.entries(drafted.requests)) {
    if (now.requests[request] === undefined) changes.push(`request ${request} is gone`);
    else if (now.requests[request] !== v) changes.push(`request ${request} changed`);
  }
  return changes;
}

/** The status a request gets from what approved batches allocated to its lines. */
export function allocatedStatus(
  lines: readonly { agreed: number; allocated: number }[],
): 'agreed' | 'partly-allocated' | 'fulfilled' {
  const allocated = lines.reduce((s, l) => s + l.allocated, 0);
  if (allocated === 0) return 'agreed';
  return lines.every((l) => l.allocated >= l.agreed) ? 'fulfilled' : 'partly-allocated';
}

/** A batch line as compared: its request line, recipient, item and units. */
export interface ComparedLine {
  requestLineId: string;
  recipient: string;
  item: string;
  quantity: number;
}

/** Two drafts side by side: per request line, per recipient and per item. */
export interface DraftComparison {
  lines: {
    requestLineId: string;
    recipient: string;
    item: string;
    a: number;
    b: number;
    diff: number;
  }[];
  recipients: { recipient: string; a: number; b: number; diff: number }[];
  items: { item: string; a: number; b: number; diff: number }[];
  /** Lines whose quantity differs. */
  changed: number;
}

/** Compares draft `a` with draft `b` (diff = b − a), sorted by recipient, item and request line. */
export function compareDrafts(
  a: readonly ComparedLine[],
  b: readonly ComparedLine[],
): DraftComparison {
  const lines = new Map<string, DraftComparison['lines'][number]>();
  const add = (l: ComparedLine, side: 'a' | 'b') => {
    const row = lines.get(l.requestLineId) ?? {
      requestLineId: l.requestLineId,
      recipient: l.recipient,
      item: l.item,
      a: 0,
      b: 0,
      diff: 0,
    };
    row[side] += l.quantity;
    row.diff = row.b - row.a;
    lines.set(l.requestLineId, row);
  };
  a.forEach((l) => add(l, 'a'));
  b.forEach((l) => add(l, 'b'));
  const sorted = [...lines.values()].sort(
    (x, y) =>
      cmp(x.recipient, y.recipient) || cmp(x.item, y.item) || cmp(x.requestLineId, y.requestLineId),
  );
  const total = (key: 'recipient' | 'item') => {
    const m = new Map<string, { a: number; b: number }>();
    for (const l of sorted) {
      const t = m.get(l[key]) ?? { a: 0, b: 0 };
      t.a += l.a;
      t.b += l.b;
      m.set(l[key], t);
    }
    return [...m.entries()].map(([k, t]) => ({ k, ...t, diff: t.b - t.a }));
  };
  return {
    lines: sorted,
    recipients: total('recipient').map(({ k, ...t }) => ({ recipient: k, ...t })),
    items: total('item')
      .sort((x, y) => cmp(x.k, y.k))
      .map(({ k, ...t }) => ({ item: k, ...t })),
    changed: sorted.filter((l) => l.diff !== 0).length,
  };
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
