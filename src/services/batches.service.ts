// Use cases: draft a batch from the engine's proposal (or from lines given by hand), edit its lines with
// reasons, compare two drafts, read and discard batches. Approval is in batch-approval.service.ts.
import { AllocationInputError, planAllocation } from '../core/allocation';
import {
  compareDrafts,
  lineQuantityProblem,
  spreadOverLines,
  staleness,
  type DraftBasis,
  type DraftComparison,
} from '../core/logistics';
import { itemById } from '../core/reference/catalogue';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  batchById,
  editLine,
  editsOfBatch,
  insertBatch,
  linesOfBatch,
  listBatches,
  setBatchStatus,
  type BatchLineEditRow,
  type BatchLineRow,
  type BatchRow,
} from '../db/batches.repository';
import { allocatedByLine, listRequests, requestLinesById } from '../db/requests.repository';
import { listSupplyItems } from '../db/supply.repository';
import { openLines, planInput, policyFrom, recipientProfiles, type OpenLine } from './batch-plan';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';
import { newId } from './requests.service';
import { getSituation, type SituationEntry } from './situation.service';
import { supplyPositions } from './supply.service';

/** What a draft is made from: a title, the requests in scope, and the engine's policy or hand lines. */
export interface DraftInput {
  id?: string | undefined;
  title: string;
  number?: number | null | undefined;
  /** Requests in scope (default: every agreed supplies request with open quantities). */
  requests?: string[] | undefined;
  /** A policy (JSON) for the engine; default the default policy. */
  policy?: unknown;
  /** Lines given by hand instead of the engine's proposal. */
  lines?: { requestLineId: string; quantity: number }[] | undefined;
  note?: string | null | undefined;
  illustrative?: boolean | undefined;
  /** 'recorded': a past batch entered from records (the demo loader). */
  recorded?: boolean | undefined;
}

/** A batch line as shown: the engine's proposal, the current quantity, its edits and what remains open. */
export interface BatchLineView extends BatchLineRow {
  requestId: string;
  packSize: number;
  packs: number;
  edits: BatchLineEditRow[];
}

/** A batch with its lines, totals, and (for a draft) what changed since it was made. */
export interface BatchView extends BatchRow {
  lines: BatchLineView[];
  totals: { items: { item: string; quantity: number }[]; recipients: number; units: number };
  stale: string[];
}

async function situationMap(database: Database): Promise<Map<string, SituationEntry>> {
  try {
    const s = await getSituation(database, {});
    return new Map(s.countries.map((c) => [c.iso3, c]));
  } catch {
    return new Map(); // no case series loaded: severity is scored as missing
  }
}

/** Versions of the items' supply and of the requests: what a draft is checked against at approval. */
export async function currentBasis(
  db: Db,
  items: readonly string[],
  requestIds: readonly string[],
): Promise<DraftBasis> {
  const supply = new Map((await listSupplyItems(db)).map((s) => [s.item, s.version]));
  const requests = new Map(
    (await listRequests(db, { ids: requestIds })).map((r) => [r.id, r.version]),
  );
  return {
    items: Object.fromEntries([...new Set(items)].sort().map((i) => [i, supply.get(i) ?? 0])),
    requests: Object.fromEntries(
      [...new Set(requestIds)].sort().map((r) => [r, requests.get(r) ?? 0]),
    ),
  };
}

function handLines(lines: NonNullable<DraftInput['lines']>, open: readonly OpenLine[]) {
  const seen = new Set<string>();
  return lines.map((l, i) => {
    const line = open.find((o) => o.id === l.requestLineId);
    if (!line) {
      throw new BadRequestError(
        `lines.${i}.requestLineId: "${l.requestLineId}" is not an open line of an agreed supplies request in scope`,
        `lines.${i}.requestLineId`,
      );
    }
    if (seen.has(line.id)) {
      throw new BadRequestError(
        `lines.${i}.requestLineId: "${line.id}" is listed twice`,
        `lines.${i}.requestLineId`,
      );
    }
    seen.add(line.id);
    const problem = lineQuantityProblem(l.quantity, {
      item: line.item,
      packSize: itemById(line.item)!.packSize,
      remaining: line.remaining,
    });
    if (problem)
      throw new BadRequestError(`lines.${i}.quantity: ${problem}`, `lines.${i}.quantity`);
    return { line, quantity: l.quantity, proposed: null, reason: null };
  });
}

/** Drafts a batch inside a transaction; `situation` feeds the engine's severity factor. */
export async function draftBatchIn(
  tx: Db,
  input: DraftInput,
  situation: ReadonlyMap<string, SituationEntry> = new Map(),
): Promise<string> {
  if (!input.title.trim()) throw new BadRequestError('title must not be empty', 'title');
  const { lines: open, versions } = await openLines(tx, input.requests);
  let chosen: {
    line: OpenLine;
    quantity: number;
    proposed: number | null;
    reason: { en: string; zh: string } | null;
  }[];
  let plan: Record<string, unknown> | null = null;
  if (input.lines) {
    chosen = handLines(input.lines, open);
  } else {
    const wanted = open.filter((l) => l.remaining > 0);
    if (wanted.length === 0) {
      throw new BadRequestError(
        'no agreed supplies request in scope has open quantities',
        'requests',
      );
    }
    const policy = policyFrom(input.policy);
    const recipients = [...new Set(wanted.map((l) => l.recipient))].sort();
    const positions = await supplyPositions(tx, [...new Set(wanted.map((l) => l.item))]);
    const profiles = await recipientProfiles(tx, recipients, wanted, situation);
    let proposal;
    try {
      proposal = planAllocation(planInput(policy, wanted, positions, profiles));
    } catch (error) {
      if (error instanceof AllocationInputError) throw new BadRequestError(error.message, 'policy');
      throw error;
    }
    plan = {
      policy: proposal.policy,
      solver: proposal.solver,
      items: proposal.items,
      quality: proposal.quality,
      notes: proposal.notes,
    };
    chosen = [];
    for (const p of proposal.lines) {
      const mine = wanted.filter((l) => l.recipient === p.recipient && l.item === p.item);
      const spread = spreadOverLines(p.quantity, mine, itemById(p.item)!.packSize);
      for (const l of mine) {
        const q = spread.get(l.id) ?? 0;
        chosen.push({ line: l, quantity: q, proposed: q, reason: p.reason });
      }
    }
  }
  const id = input.id ?? newId('batch');
  if (await batchById(tx, id)) throw new ConflictError(`batch ${id} already exists`);
  const requestIds = input.requests ?? Object.keys(versions);
  const basis = await currentBasis(
    tx,
    chosen.map((c) => c.line.item),
    requestIds,
  );
  await insertBatch(
    tx,
    {
      id,
      number: input.number ?? null,
      title: input.title.trim(),
      origin: input.recorded ? 'recorded' : input.lines ? 'manual' : 'engine',
      basisVersions: basis,
      plan,
      note: input.note ?? null,
      illustrative: input.illustrative ?? false,
    },
    chosen
      .sort((a, b) => (a.line.id < b.line.id ? -1 : 1))
      .map((c, i) => ({
        id: `${id}.${i + 1}`,
        batchId: id,
        requestLineId: c.line.id,
        recipient: c.line.recipient,
        item: c.line.item,
        proposed: c.proposed,
        quantity: c.quantity,
        reason: c.reason,
      })),
  );
  await recordAudit(tx, {
    action: 'batch.draft',
    entity: 'batch',
    entityId: id,
    after: await batchSnapshot(tx, id),
  });
  return id;
}

/** A batch as the audit trail records it: the row and its lines. */
export async function batchSnapshot(db: Db, id: string): Promise<Record<string, unknown>> {
  return { ...(await batchById(db, id)), lines: await linesOfBatch(db, id) };
}

/** Drafts a batch (the engine's proposal unless lines are given); returns it. */
export async function draftBatch(database: Database, input: DraftInput): Promise<BatchView> {
  const situation = input.lines ? new Map<string, SituationEntry>() : await situationMap(database);
  const id = await database.transaction((tx) => draftBatchIn(tx, input, situation));
  return getBatch(database, id);
}

/** One batch with lines, edits, totals and staleness. */
export async function getBatchIn(db: Db, id: string): Promise<BatchView> {
  const batch = await batchById(db, id);
  if (!batch) throw new NotFoundError(`no batch with id "${id}"`, 'id', id);
  const lines = await linesOfBatch(db, id);
  const edits = await editsOfBatch(db, id);
  const requestLines = new Map(
    (
      await requestLinesById(
        db,
        lines.map((l) => l.requestLineId),
      )
    ).map((l) => [l.id, l]),
  );
  const items = new Map<string, number>();
  for (const l of lines) items.set(l.item, (items.get(l.item) ?? 0) + l.quantity);
  const stale =
    batch.status === 'draft'
      ? staleness(
          batch.basisVersions,
          await currentBasis(
            db,
            Object.keys(batch.basisVersions.items),
            Object.keys(batch.basisVersions.requests),
          ),
        )
      : [];
  return {
    ...batch,
    lines: lines.map((l) => {
      const packSize = itemById(l.item)?.packSize ?? 1;
      return {
        ...l,
        requestId: requestLines.get(l.requestLineId)?.requestId ?? '',
        packSize,
        packs: Math.ceil(l.quantity / packSize),
        edits: edits.filter((e) => e.batchLineId === l.id),
      };
    }),
    totals: {
      items: [...items.entries()].sort().map(([item, quantity]) => ({ item, quantity })),
      recipients: new Set(lines.filter((l) => l.quantity > 0).map((l) => l.recipient)).size,
      units: lines.reduce((s, l) => s + l.quantity, 0),
    },
    stale,
  };
}

/** One batch. */
export async function getBatch(database: Database, id: string): Promise<BatchView> {
  return database.transaction((tx) => getBatchIn(tx, id));
}

/** Batches (optionally of one status), newest first, without lines. */
export async function listBatchRows(
  database: Database,
  status?: BatchRow['status'],
): Promise<BatchRow[]> {
  return listBatches(database.db, status);
}

/** A hand edit of one line: the new quantity, why, and who. */
export interface LineEdit {
  quantity: number;
  reason: string;
  by?: string | null | undefined;
}

/** Changes a draft's line (whole packs, at most what remains agreed), keeping the reason; returns the batch. */
export async function editBatchLine(
  database: Database,
  batchId: string,
  lineId: string,
  edit: LineEdit,
): Promise<BatchView> {
  await database.transaction(async (tx) => {
    const batch = await batchById(tx, batchId, true);
    if (!batch) throw new NotFoundError(`no batch with id "${batchId}"`, 'id', batchId);
    if (batch.status !== 'draft')
      throw new ConflictError(`batch ${batchId} is ${batch.status}: only a draft can be edited`);
    const line = (await linesOfBatch(tx, batchId)).find((l) => l.id === lineId);
    if (!line)
      throw new NotFoundError(`batch ${batchId} has no line "${lineId}"`, 'lineId', lineId);
    if (!edit.reason.trim()) throw new BadRequestError('an edit needs a reason', 'reason');
    const [requestLine] = await requestLinesById(tx, [line.requestLineId]);
    const allocated =
      (await allocatedByLine(tx, [line.requestLineId])).get(line.requestLineId) ?? 0;
    const problem = lineQuantityProblem(edit.quantity, {
      item: line.item,
      packSize: itemById(line.item)!.packSize,
      remaining: Math.max(0, (requestLine?.agreed ?? 0) - allocated),
    });
    if (problem) throw new BadRequestError(problem, 'quantity');
    await editLine(tx, line, edit.quantity, edit.reason.trim(), edit.by ?? null);
    const [after] = (await linesOfBatch(tx, batchId)).filter((l) => l.id === lineId);
    await recordAudit(tx, {
      action: 'batch.edit-line',
      entity: 'batch-line',
      entityId: lineId,
      before: line,
      after: { ...after, reason: edit.reason.trim(), by: edit.by ?? null },
    });
  });
  return getBatch(database, batchId);
}

/** Two batches side by side (diff = b − a). */
export async function compareBatches(
  database: Database,
  a: string,
  b: string,
): Promise<
  {
    a: Pick<BatchRow, 'id' | 'title' | 'status'>;
    b: Pick<BatchRow, 'id' | 'title' | 'status'>;
  } & DraftComparison
> {
  const [x, y] = [await getBatch(database, a), await getBatch(database, b)];
  const pick = (v: BatchView) => ({ id: v.id, title: v.title, status: v.status });
  return { a: pick(x), b: pick(y), ...compareDrafts(x.lines, y.lines) };
}

/** Discards a draft. */
export async function discardBatch(database: Database, id: string): Promise<BatchView> {
  await database.transaction(async (tx) => {
    const batch = await batchById(tx, id, true);
    if (!batch) throw new NotFoundError(`no batch with id "${id}"`, 'id', id);
    if (batch.status !== 'draft')
      throw new ConflictError(`batch ${id} is ${batch.status}: only a draft can be discarded`);
    await setBatchStatus(tx, id, 'discarded', null);
    await recordAudit(tx, {
      action: 'batch.discard',
      entity: 'batch',
      entityId: id,
      before: batch,
      after: await batchById(tx, id),
    });
  });
  return getBatch(database, id);
}
