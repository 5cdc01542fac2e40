// Which requests a new batch can plan for, and the inbox's order: what still needs action first, newest first.
import type { AidRequest } from './ops.types';

/** The requests open for planning (agreed or partly allocated, something remaining), oldest first. */
export function openForPlanning(requests: readonly AidRequest[]): AidRequest[] {
  return requests
    .filter(
      (r) =>
        r.kind === 'supplies' &&
        (r.status === 'agreed' || r.status === 'partly-allocated') &&
        r.lines.some((l) => l.remaining > 0),
    )
    .sort((a, b) => a.submittedOn.localeCompare(b.submittedOn) || a.id.localeCompare(b.id));
}

const ACTION_FIRST: Record<AidRequest['status'], number> = {
  submitted: 0,
  'under-review': 1,
  agreed: 2,
  'partly-allocated': 3,
  fulfilled: 4,
  declined: 5,
};

/** The inbox's order: requests that still need action first (submitted, under review, agreed, partly allocated), newest first within each. */
export function inboxOrder(requests: readonly AidRequest[]): AidRequest[] {
  return [...requests].sort(
    (a, b) =>
      ACTION_FIRST[a.status] - ACTION_FIRST[b.status] ||
      b.submittedOn.localeCompare(a.submittedOn) ||
      a.id.localeCompare(b.id),
  );
}
