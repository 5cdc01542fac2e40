// A request's life: submitted, under review, agreed (with quantities agreed government to government),
// then partly allocated and fulfilled as batches are approved; or declined with a reason.

/** What a recipient asks for: supplies (item lines), an expert team, cash, or works such as a hospital. */
export const REQUEST_KINDS = ['supplies', 'expert-team', 'cash', 'works'] as const;
/** The kind of a request. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Every status a request can have. */
export const REQUEST_STATUSES = [
  'submitted',
  'under-review',
  'agreed',
  'partly-allocated',
  'fulfilled',
  'declined',
] as const;
/** Where a request stands. */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses a person may set; partly-allocated and fulfilled follow from approved batches. */
export const SETTABLE_STATUSES = ['under-review', 'agreed', 'declined', 'fulfilled'] as const;
/** A status a person may set. */
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['under-review', 'agreed', 'declined'],
  'under-review': ['agreed', 'declined'],
  agreed: ['declined', 'fulfilled'],
  'partly-allocated': ['fulfilled'],
  fulfilled: [],
  declined: [],
};

/**
 * Why a request cannot move from `from` to `to`, or null. Supplies reach fulfilled only through
 * approved batches; other kinds (a team, cash, works) are marked fulfilled by hand once delivered.
 */
export function transitionProblem(
  kind: RequestKind,
  from: RequestStatus,
  to: SettableStatus,
): string | null {
  if (to === 'fulfilled' && kind === 'supplies') {
    return 'a supplies request is fulfilled by approving batches that cover its agreed quantities, not by hand';
  }
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].filter((s) => s !== 'fulfilled' || kind !== 'supplies');
    return `a request that is "${from}" cannot become "${to}"${allowed.length ? ` (it can become: ${allowed.join(', ')})` : ' (it is closed)'}`;
  }
  return null;
}

/** Whether batches may allocate to a request in this status. */
export function isAllocatable(status: RequestStatus): boolean {
  return status === 'agreed' || status === 'partly-allocated';
}
