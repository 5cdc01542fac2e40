// What a recipient focal point may see: only its own recipient's requests, consignments, receipts and
// trace lines. Another recipient's answers exactly as a missing one does (404), so existence does not
// leak; lists are narrowed to the focal point's recipient whatever filter was asked for.
import type { FastifyRequest } from 'fastify';
import type { NotFoundError } from '../services/errors';
import type { ApiErrorBody } from './errors';

/** The recipient a focal point is bound to, or null for every other caller (they see everything). */
export function focalRecipient(request: FastifyRequest): string | null {
  const actor = request.access.actor;
  return actor?.kind === 'user' && actor.role === 'recipient-focal-point'
    ? actor.recipientId
    : null;
}

/** A list filter's recipient: the focal point's own, else what the caller asked for. */
export function scopedRecipient(
  request: FastifyRequest,
  asked: string | undefined,
): string | undefined {
  return focalRecipient(request) ?? asked;
}

/** Throws `notFound` (the same 404 a missing record gives) when a focal point reaches for another recipient's record. */
export function ensureVisible(
  request: FastifyRequest,
  recipient: string,
  notFound: () => NotFoundError,
): void {
  const own = focalRecipient(request);
  if (own !== null && own !== recipient) throw notFound();
}

/** Why a focal point may not submit this request (another recipient's), as a 403 body; null when it may. */
export function submissionRefusal(request: FastifyRequest, recipient: string): ApiErrorBody | null {
  const own = focalRecipient(request);
  if (own === null || own === recipient) return null;
  return {
    error: {
      code: 'forbidden',
      message: `a focal point submits requests for its own recipient (${own}) only, not ${recipient}`,
      field: 'recipient',
    },
  };
}

/** What a focal point may post on its own consignment: the receipt and notes, not the shipping steps. */
export const FOCAL_POINT_EVENTS: ReadonlySet<string> = new Set(['received', 'note']);

/** Whether this caller may post events of any kind (logistics) or only FOCAL_POINT_EVENTS. */
export function receiptsOnly(request: FastifyRequest): boolean {
  const actor = request.access.actor;
  return actor?.kind === 'user' && actor.role === 'recipient-focal-point';
}
