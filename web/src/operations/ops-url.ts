// What the URL remembers of the operations pages: the page, the batch, the compared draft, the traced line
// and the inbox filters, so every screen can be shared as a link.
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from './ops.types';

/** The operations pages: requests inbox, batch planner, consignments board, trace timeline. */
export type OpsTab = 'requests' | 'batches' | 'board' | 'trace';

/** Every operations page, in the order the tabs show them. */
export const OPS_TABS: readonly OpsTab[] = ['requests', 'batches', 'board', 'trace'];

/** The operations view's part of the URL (null = not set). */
export interface OpsUrlState {
  tab: OpsTab;
  /** The batch the planner or the board shows. */
  batch: string | null;
  /** The batch the planner compares it with. */
  compare: string | null;
  /** The request line whose trace is open. */
  line: string | null;
  /** The request whose lines are open in the inbox. */
  request: string | null;
  /** Inbox filters. */
  status: RequestStatus | null;
  recipient: string | null;
  kind: RequestKind | null;
}

/** The state of a fresh operations view: the inbox, nothing chosen. */
export const EMPTY_OPS_STATE: OpsUrlState = {
  tab: 'requests',
  batch: null,
  compare: null,
  line: null,
  request: null,
  status: null,
  recipient: null,
  kind: null,
};

const KEYS = {
  tab: 'ops',
  batch: 'batch',
  compare: 'compare',
  line: 'line',
  request: 'request',
  status: 'rq-status',
  recipient: 'rq-recipient',
  kind: 'rq-kind',
} as const satisfies Record<keyof OpsUrlState, string>;

const ID = /^[A-Za-z0-9._:-]{1,120}$/;
const RECIPIENT = /^[A-Za-z]{2,10}$/;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  list.find((v) => v === value) ?? null;

/** Reads the operations state from a query string, ignoring values that are not ids or known choices. */
export function parseOpsUrl(search: string): OpsUrlState {
  const params = new URLSearchParams(search);
  const id = (key: string) => {
    const value = params.get(key);
    return value && ID.test(value) ? value : null;
  };
  const recipient = params.get(KEYS.recipient);
  return {
    tab: oneOf(OPS_TABS, params.get(KEYS.tab)) ?? 'requests',
    batch: id(KEYS.batch),
    compare: id(KEYS.compare),
    line: id(KEYS.line),
    request: id(KEYS.request),
    status: oneOf(REQUEST_STATUSES, params.get(KEYS.status)),
    recipient: recipient && RECIPIENT.test(recipient) ? recipient.toUpperCase() : null,
    kind: oneOf(REQUEST_KINDS, params.get(KEYS.kind)),
  };
}

/** Writes the operations state into a query string, keeping unrelated parameters (the inbox is the default). */
export function serializeOpsUrl(state: OpsUrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  for (const key of Object.keys(KEYS) as (keyof OpsUrlState)[]) {
    const value = key === 'tab' && state.tab === 'requests' ? null : state[key];
    if (value === null) params.delete(KEYS[key]);
    else params.set(KEYS[key], value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The link (query string) to the operations state changed by `patch`, from the current query string. */
export function opsHref(patch: Partial<OpsUrlState>, currentSearch: string): string {
  return serializeOpsUrl({ ...parseOpsUrl(currentSearch), ...patch }, currentSearch);
}
