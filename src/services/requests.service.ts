// Use cases: submit a request, agree its quantities (government to government), move it through review,
// decline it with a reason, and read requests with what has been allocated to each line.
import { randomUUID } from 'node:crypto';
import { itemById } from '../core/reference/catalogue';
import { recipientById } from '../core/reference/recipients';
import { transitionProblem, type RequestKind, type SettableStatus } from '../core/logistics';
import { isIsoDate } from '../core/situation/dates';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  allocatedByLine,
  insertRequest,
  linesOfRequests,
  listRequests,
  lockRequests,
  requestById,
  setLineAgreed,
  updateRequest,
  type RequestFilter,
  type RequestLineRow,
  type RequestRow,
} from '../db/requests.repository';
import type { RecordBasis } from '../db/schema';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';

/** A new id with a readable prefix ("req-3f9c2a7b1d4e"). */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** Today's date (UTC) as YYYY-MM-DD: the default for dates a user leaves out. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A request as submitted. */
export interface NewRequest {
  id?: string | undefined;
  recipient: string;
  via?: string | null | undefined;
  kind: RequestKind;
  title: string;
  description?: string | undefined;
  urgency?: 'routine' | 'urgent' | 'critical' | undefined;
  neededBy?: string | null | undefined;
  amountUsd?: number | null | undefined;
  submittedOn?: string | undefined;
  lines?: { item: string; asked: number; note?: string | null | undefined }[] | undefined;
  basis?: RecordBasis | undefined;
  sourceNote?: string | null | undefined;
}

/** A request line with what approved batches allocated and what is still agreed but open. */
export interface RequestLineView extends RequestLineRow {
  allocated: number;
  /** agreed − allocated (0 before agreement). */
  remaining: number;
}

/** A request with its lines. */
export interface RequestView extends RequestRow {
  recipientName: { en: string; zh: string };
  lines: RequestLineView[];
}

const wholeUnits = (v: number) => Number.isInteger(v) && v > 0;

function checkRecipient(id: string, field: string): string {
  const r = recipientById(id);
  if (!r) {
    throw new BadRequestError(
      `${field} "${id}" is not a country (ISO3 code) or a known organisation (WHO, AU, EU, ASEAN)`,
      field,
    );
  }
  return r.id;
}

function checkDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) {
    throw new BadRequestError(`${field} must be a YYYY-MM-DD date, got "${value}"`, field);
  }
  return value;
}

/** Validates a new request and builds its rows; throws BadRequestError naming the field. */
export function requestRows(input: NewRequest): { request: RequestRow; lines: RequestLineRow[] } {
  const id = input.id ?? newId('req');
  const recipient = checkRecipient(input.recipient, 'recipient');
  const via = input.via ? checkRecipient(input.via, 'via') : null;
  if (via === recipient) throw new BadRequestError('via must differ from the recipient', 'via');
  if (!input.title.trim()) throw new BadRequestError('title must not be empty', 'title');
  const lines = input.lines ?? [];
  if (input.kind === 'supplies' && lines.length === 0) {
    throw new BadRequestError('a supplies request needs at least one line', 'lines');
  }
  if (input.kind !== 'supplies' && lines.length > 0) {
    throw new BadRequestError(`a ${input.kind} request has no item lines`, 'lines');
  }
  if (input.kind === 'cash' && !(typeof input.amountUsd === 'number' && input.amountUsd > 0)) {
    throw new BadRequestError('a cash request needs amountUsd > 0', 'amountUsd');
  }
  const seen = new Set<string>();
  const rows = lines.map((l, i): RequestLineRow => {
    const item = itemById(l.item);
    if (!item) {
      throw new BadRequestError(
        `lines.${i}.item: unknown item "${l.item}" (not in the catalogue)`,
        `lines.${i}.item`,
      );
    }
    if (seen.has(item.id)) {
      throw new BadRequestError(`lines.${i}.item: "${l.item}" is listed twice`, `lines.${i}.item`);
    }
    seen.add(item.id);
    if (!wholeUnits(l.asked)) {
      throw new BadRequestError(
        `lines.${i}.asked: must be a whole number of ${item.unit}s > 0, got ${l.asked}`,
        `lines.${i}.asked`,
      );
    }
    return {
      id: `${id}.${i + 1}`,
      requestId: id,
      lineNo: i + 1,
      item: item.id,
      asked: l.asked,
      agreed: null,
      note: l.note ?? null,
    };
  });
  const now = new Date().toISOString();
  return {
    request: {
      id,
      recipient,
      via,
      kind: input.kind,
      title: input.title.trim(),
      description: input.description ?? '',
      status: 'submitted',
      declineReason: null,
      urgency: input.urgency ?? 'urgent',
      neededBy: checkDate(input.neededBy, 'neededBy'),
      amountUsd: input.amountUsd ?? null,
      submittedOn: checkDate(input.submittedOn, 'submittedOn') ?? today(),
      agreedBy: null,
      agreedOn: null,
      basis: input.basis ?? 'entered',
      sourceNote: input.sourceNote ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
    lines: rows,
  };
}

/** Stores a new request (status submitted) inside a transaction. */
export async function createRequestIn(tx: Db, input: NewRequest): Promise<string> {
  const { request, lines } = requestRows(input);
  if (await requestById(tx, request.id)) {
    throw new ConflictError(`request ${request.id} already exists`);
  }
  await insertRequest(tx, request, lines);
  await recordAudit(tx, {
    action: 'request.create',
    entity: 'request',
    entityId: request.id,
    after: await getRequestIn(tx, request.id),
  });
  return request.id;
}

/** Submits a request; returns it as stored. */
export async function createRequest(database: Database, input: NewRequest): Promise<RequestView> {
  const id = await database.transaction((tx) => createRequestIn(tx, input));
  return getRequest(database, id);
}

async function views(db: Db, rows: RequestRow[]): Promise<RequestView[]> {
  const lines = await linesOfRequests(
    db,
    rows.map((r) => r.id),
  );
  const allocated = await allocatedByLine(
    db,
    lines.map((l) => l.id),
  );
  return rows.map((r) => {
    const recipient = recipientById(r.recipient);
    return {
      ...r,
      amountUsd: r.amountUsd === null ? null : Number(r.amountUsd),
      recipientName: { en: recipient?.nameEn ?? r.recipient, zh: recipient?.nameZh ?? r.recipient },
      lines: lines
        .filter((l) => l.requestId === r.id)
        .map((l) => {
          const a = allocated.get(l.id) ?? 0;
          return { ...l, allocated: a, remaining: Math.max(0, (l.agreed ?? 0) - a) };
        }),
    };
  });
}

/** Requests matching the filter, with lines and allocations. */
export async function findRequests(db: Db, filter: RequestFilter = {}): Promise<RequestView[]> {
  return views(db, await listRequests(db, filter));
}

/** Lists requests (the inbox). */
export async function listRequestViews(
  database: Database,
  filter: RequestFilter = {},
): Promise<RequestView[]> {
  return database.transaction((tx) => findRequests(tx, filter));
}

/** One request; NotFoundError naming the id when there is none. */
export async function getRequestIn(db: Db, id: string): Promise<RequestView> {
  const row = await requestById(db, id);
  if (!row) throw new NotFoundError(`no request with id "${id}"`, 'id', id);
  return (await views(db, [row]))[0]!;
}

/** One request with its lines. */
export async function getRequest(database: Database, id: string): Promise<RequestView> {
  return database.transaction((tx) => getRequestIn(tx, id));
}

/** The agreement on a request: who agreed, when, and quantities per line (by line id or item). */
export interface Agreement {
  agreedBy: string;
  agreedOn?: string | undefined;
  lines?: { line: string; agreed: number }[] | undefined;
}

/**
 * Records the agreed quantities (lines not named are agreed as asked) and sets the request to agreed.
 * Raises its version: drafts that included it become stale.
 */
export async function agreeRequestIn(tx: Db, id: string, agreement: Agreement): Promise<void> {
  const [locked] = await lockRequests(tx, [id]);
  if (!locked) throw new NotFoundError(`no request with id "${id}"`, 'id', id);
  const problem = transitionProblem(locked.kind, locked.status, 'agreed');
  if (problem) throw new ConflictError(`request ${id}: ${problem}`);
  if (!agreement.agreedBy.trim()) {
    throw new BadRequestError(
      'agreedBy must name who agreed (e.g. the two ministries)',
      'agreedBy',
    );
  }
  const before = await getRequestIn(tx, id);
  const lines = await linesOfRequests(tx, [id]);
  const given = new Map<string, number>();
  (agreement.lines ?? []).forEach((a, i) => {
    const line = lines.find((l) => l.id === a.line || l.item === a.line);
    if (!line) {
      throw new BadRequestError(
        `lines.${i}.line: request ${id} has no line "${a.line}" (lines: ${lines.map((l) => `${l.id} ${l.item}`).join(', ')})`,
        `lines.${i}.line`,
      );
    }
    if (!Number.isInteger(a.agreed) || a.agreed < 0) {
      throw new BadRequestError(
        `lines.${i}.agreed: must be a whole number of units >= 0, got ${a.agreed}`,
        `lines.${i}.agreed`,
      );
    }
    given.set(line.id, a.agreed);
  });
  for (const line of lines) await setLineAgreed(tx, line.id, given.get(line.id) ?? line.asked);
  await updateRequest(
    tx,
    id,
    {
      status: 'agreed',
      agreedBy: agreement.agreedBy.trim(),
      agreedOn: checkDate(agreement.agreedOn, 'agreedOn') ?? today(),
    },
    true,
  );
  const after = await getRequestIn(tx, id);
  await recordAudit(tx, {
    action: 'request.agree',
    entity: 'request',
    entityId: id,
    before,
    after,
  });
}

/** Agrees a request; returns it. */
export async function agreeRequest(
  database: Database,
  id: string,
  agreement: Agreement,
): Promise<RequestView> {
  await database.transaction((tx) => agreeRequestIn(tx, id, agreement));
  return getRequest(database, id);
}

/** Moves a request to under-review, declined (reason required) or, for non-supplies, fulfilled. */
export async function setRequestStatusIn(
  tx: Db,
  id: string,
  status: Exclude<SettableStatus, 'agreed'>,
  reason?: string,
): Promise<void> {
  const [locked] = await lockRequests(tx, [id]);
  if (!locked) throw new NotFoundError(`no request with id "${id}"`, 'id', id);
  const problem = transitionProblem(locked.kind, locked.status, status);
  if (problem) throw new ConflictError(`request ${id}: ${problem}`);
  if (status === 'declined' && !reason?.trim()) {
    throw new BadRequestError('a declined request needs a reason', 'reason');
  }
  const before = await getRequestIn(tx, id);
  await updateRequest(
    tx,
    id,
    { status, declineReason: status === 'declined' ? reason!.trim() : null },
    true,
  );
  const after = await getRequestIn(tx, id);
  await recordAudit(tx, {
    action: `request.${status}`,
    entity: 'request',
    entityId: id,
    before,
    after,
  });
}

/** Changes a request's status; returns it. */
export async function setRequestStatus(
  database: Database,
  id: string,
  status: Exclude<SettableStatus, 'agreed'>,
  reason?: string,
): Promise<RequestView> {
  await database.transaction((tx) => setRequestStatusIn(tx, id, status, reason));
  return getRequest(database, id);
}
