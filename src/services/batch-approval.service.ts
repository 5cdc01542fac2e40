// Use case: approve a draft batch. In one transaction it locks the batch, its requests and its items'
// supply (always in id order, so concurrent approvals never deadlock), refuses a stale draft, checks
// every line against what remains agreed and every item against free stock minus the domestic reserve,
// then holds the units in depots, writes the ledger and updates the requests' statuses.
import { allocatedStatus, assignDepots, isAllocatable, staleness } from '../core/logistics';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  batchById,
  insertAllocations,
  linesOfBatch,
  setBatchStatus,
} from '../db/batches.repository';
import {
  allocatedByLine,
  linesOfRequests,
  lockRequests,
  requestLinesById,
  updateRequest,
} from '../db/requests.repository';
import { applyMovement, lockSupplyItems, stockOf } from '../db/supply.repository';
import { findUserById } from '../db/users.repository';
import { currentActor, type Actor } from './actor-context';
import { getBatch, type BatchView } from './batches.service';
import { recordAudit } from './audit.service';
import { BadRequestError, ConflictError, NotFoundError } from './errors';
import { reserveOf } from './supply.service';

/** Who approves, and (for records of past batches) when. */
export interface Approval {
  by: string;
  at?: string | undefined;
}

/** What a caller says about an approval: a name, used only when no user is acting (CLI, tests). */
export interface ApprovalInput {
  by?: string | undefined;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The name an approval records: the signed-in user's (display name and login, so a typed name can never
 * stand in for the session), else the name given; null when there is neither.
 */
export function approverName(
  actor: Actor,
  displayName: string | null,
  given: string | undefined,
): string | null {
  if (actor.kind === 'user') {
    const shown = displayName?.trim();
    return shown && shown !== actor.name ? `${shown} (${actor.name})` : actor.name;
  }
  return given?.trim() || null;
}

/** Approves a draft inside a transaction; throws ConflictError naming what stands in the way. */
export async function approveBatchIn(tx: Db, id: string, approval: Approval): Promise<void> {
  const batch = await batchById(tx, id, true);
  if (!batch) throw new NotFoundError(`no batch with id "${id}"`, 'id', id);
  if (batch.status !== 'draft') throw new ConflictError(`batch ${id} is already ${batch.status}`);
  const lines = (await linesOfBatch(tx, id)).filter((l) => l.quantity > 0);
  if (lines.length === 0)
    throw new ConflictError(`batch ${id} has no line with a quantity above 0`);
  const requestLines = await requestLinesById(
    tx,
    lines.map((l) => l.requestLineId),
  );
  const lineRequest = new Map(requestLines.map((l) => [l.id, l]));
  const requestIds = [
    ...new Set([
      ...Object.keys(batch.basisVersions.requests),
      ...requestLines.map((l) => l.requestId),
    ]),
  ].sort();
  const requests = await lockRequests(tx, requestIds);
  const items = [
    ...new Set([...Object.keys(batch.basisVersions.items), ...lines.map((l) => l.item)]),
  ].sort();
  const supply = await lockSupplyItems(tx, items);

  const now = {
    items: Object.fromEntries(
      items.map((i) => [i, supply.find((s) => s.item === i)?.version ?? 0]),
    ),
    requests: Object.fromEntries(requests.map((r) => [r.id, r.version])),
  };
  const changes = staleness(batch.basisVersions, now);
  if (changes.length > 0) {
    throw new ConflictError(
      `batch ${id} is stale: ${changes.join('; ')} since it was drafted. Draft it again.`,
    );
  }
  for (const r of requests) {
    if (requestLines.some((l) => l.requestId === r.id) && !isAllocatable(r.status)) {
      throw new ConflictError(
        `batch ${id}: request ${r.id} is "${r.status}" and cannot be allocated`,
      );
    }
  }
  const allocated = await allocatedByLine(
    tx,
    lines.map((l) => l.requestLineId),
  );
  for (const l of lines) {
    const agreed = lineRequest.get(l.requestLineId)?.agreed ?? 0;
    const already = allocated.get(l.requestLineId) ?? 0;
    if (already + l.quantity > agreed) {
      throw new ConflictError(
        `batch ${id}: request line ${l.requestLineId} has ${count(agreed - already)} units of ${l.item} left to allocate, the batch gives ${count(l.quantity)} (another batch was approved since this draft)`,
      );
    }
  }

  const stock = await stockOf(tx, items, true);
  const holds: { line: string; depot: string; quantity: number }[] = [];
  for (const item of [...new Set(lines.map((l) => l.item))].sort()) {
    const need = lines.filter((l) => l.item === item).reduce((s, l) => s + l.quantity, 0);
    const rows = stock.filter((s) => s.item === item);
    const onHand = rows.reduce((s, r) => s + r.onHand, 0);
    const held = rows.reduce((s, r) => s + r.allocated, 0);
    const reserve = reserveOf(supply.find((s) => s.item === item));
    const free = onHand - held - reserve;
    if (need > free) {
      throw new ConflictError(
        `not enough ${item} for batch ${id}: it needs ${count(need)}, ${count(Math.max(0, free))} can be allocated` +
          ` (${count(onHand)} on hand, ${count(held)} held by approved batches, ${count(reserve)} domestic reserve)`,
      );
    }
    const depots = rows.map((r) => ({ depot: r.depotId, free: r.onHand - r.allocated }));
    for (const l of lines.filter((x) => x.item === item)) {
      const takes = assignDepots(l.quantity, depots)!;
      for (const t of takes) {
        depots.find((d) => d.depot === t.depot)!.free -= t.quantity;
        await applyMovement(tx, {
          item,
          depotId: t.depot,
          kind: 'allocation',
          onHandDelta: 0,
          allocatedDelta: t.quantity,
          batchId: id,
          note: `held for ${l.recipient} (${l.requestLineId})`,
        });
      }
      await insertAllocations(
        tx,
        takes.map((t) => ({ batchLineId: l.id, depotId: t.depot, item, quantity: t.quantity })),
      );
      holds.push(...takes.map((t) => ({ line: l.id, depot: t.depot, quantity: t.quantity })));
    }
  }
  await setBatchStatus(tx, id, 'approved', approval.by.trim() || null, approval.at);

  const touched = [...new Set(requestLines.map((l) => l.requestId))].sort();
  const all = await linesOfRequests(tx, touched);
  const requestStatus: Record<string, string> = {};
  const after = await allocatedByLine(
    tx,
    all.map((l) => l.id),
  );
  for (const requestId of touched) {
    const status = allocatedStatus(
      all
        .filter((l) => l.requestId === requestId)
        .map((l) => ({ agreed: l.agreed ?? 0, allocated: after.get(l.id) ?? 0 })),
    );
    await updateRequest(tx, requestId, { status }, false);
    requestStatus[requestId] = status;
  }
  await recordAudit(tx, {
    action: 'batch.approve',
    entity: 'batch',
    entityId: id,
    before: batch,
    after: { ...(await batchById(tx, id)), holds, requestStatus },
  });
}

/**
 * Approves a draft batch as the current actor: a signed-in user approves in their own name (a `by` they
 * send is ignored); without one (CLI, tests) `by` must name who approves. Returns the batch.
 */
export async function approveBatch(
  database: Database,
  id: string,
  input: ApprovalInput = {},
): Promise<BatchView> {
  await database.transaction(async (tx) => {
    const actor = currentActor();
    const user = actor.kind === 'user' ? await findUserById(tx, actor.id) : undefined;
    const by = approverName(actor, user?.displayName ?? null, input.by);
    if (by === null) {
      throw new BadRequestError('by must name who approves (nobody is signed in)', 'by');
    }
    await approveBatchIn(tx, id, { by });
  });
  return getBatch(database, id);
}
