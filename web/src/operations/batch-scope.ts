// Which requests a new batch can plan for: agreed supplies requests with units still to allocate.
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
