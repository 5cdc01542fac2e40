// What each donor's goods reached: stock is fungible within a depot, so allocations draw on the receipts
// into that depot first in, first out, and each allocated unit is credited to the receipt it came from.

/** Units entering a depot: a donor's contribution, or the donor government's own stock. */
export interface StockIn {
  depot: string;
  item: string;
  /** Order of arrival (a ledger id or a timestamp that sorts). */
  order: number;
  quantity: number;
  /** Who gave it ("government stock" for the donor's own). */
  donor: string;
}

/** Units leaving the free stock of a depot for a recipient. */
export interface StockOut {
  depot: string;
  item: string;
  order: number;
  quantity: number;
  recipient: string;
}

/** Units of one donor's goods that reached one recipient. */
export interface DonorReach {
  donor: string;
  recipient: string;
  item: string;
  quantity: number;
}

/** First in, first out per depot and item; sorted by donor, recipient, item. */
export function donorReach(ins: readonly StockIn[], outs: readonly StockOut[]): DonorReach[] {
  const key = (x: { depot: string; item: string }) => `${x.depot}\u0000${x.item}`;
  const queues = new Map<string, { donor: string; left: number }[]>();
  for (const s of [...ins].sort((a, b) => a.order - b.order)) {
    const q = queues.get(key(s)) ?? [];
    q.push({ donor: s.donor, left: s.quantity });
    queues.set(key(s), q);
  }
  const totals = new Map<string, DonorReach>();
  for (const o of [...outs].sort((a, b) => a.order - b.order)) {
    const q = queues.get(key(o)) ?? [];
    let need = o.quantity;
    while (need > 0 && q.length > 0) {
      const head = q[0]!;
      const take = Math.min(need, head.left);
      const k = `${head.donor}\u0000${o.recipient}\u0000${o.item}`;
      const t = totals.get(k) ?? {
        donor: head.donor,
        recipient: o.recipient,
        item: o.item,
        quantity: 0,
      };
      t.quantity += take;
      totals.set(k, t);
      head.left -= take;
      need -= take;
      if (head.left === 0) q.shift();
    }
    if (need > 0) {
      const k = `(unrecorded)\u0000${o.recipient}\u0000${o.item}`;
      const t = totals.get(k) ?? {
        donor: '(unrecorded)',
        recipient: o.recipient,
        item: o.item,
        quantity: 0,
      };
      t.quantity += need;
      totals.set(k, t);
    }
  }
  return [...totals.values()].sort(
    (a, b) =>
      a.donor.localeCompare(b.donor) ||
      a.recipient.localeCompare(b.recipient) ||
      a.item.localeCompare(b.item),
  );
}
