// Agreeing and declining a request from the inbox: which of the two a request's status allows (as
// src/core/logistics/request-rules.ts does), the agreement form's state and the bodies it posts.
import type { AidRequest, RequestStatus } from './ops.types';

/** What a person can do to a request from the inbox. */
export type RequestAction = 'agree' | 'decline';

const ALLOWED: Record<RequestStatus, readonly RequestAction[]> = {
  submitted: ['agree', 'decline'],
  'under-review': ['agree', 'decline'],
  agreed: ['decline'],
  'partly-allocated': [],
  fulfilled: [],
  declined: [],
};

/** The actions a request in `status` allows (the server checks again and names any refusal). */
export function requestActions(status: RequestStatus): readonly RequestAction[] {
  return ALLOWED[status];
}

/** The agreement form as typed: who agreed, the date, and the agreed units per line id. */
export interface AgreementDraft {
  agreedBy: string;
  agreedOn: string;
  lines: Record<string, string>;
}

/** A fresh agreement for a request: every line at what was asked (or already agreed), dated `today`. */
export function initialAgreement(request: AidRequest, today: string): AgreementDraft {
  return {
    agreedBy: request.agreedBy ?? '',
    agreedOn: today,
    lines: Object.fromEntries(request.lines.map((l) => [l.id, String(l.agreed ?? l.asked)])),
  };
}

/** The body of POST /api/requests/{id}/agree; a quantity that is not a number goes as typed, so the server names it. */
export function agreementBody(draft: AgreementDraft): {
  agreedBy: string;
  agreedOn?: string;
  lines: { line: string; agreed: number | string }[];
} {
  const lines = Object.entries(draft.lines).map(([line, typed]) => {
    const n = Number(typed);
    return { line, agreed: typed.trim() !== '' && Number.isFinite(n) ? n : typed };
  });
  const agreedOn = draft.agreedOn.trim();
  return { agreedBy: draft.agreedBy, ...(agreedOn ? { agreedOn } : {}), lines };
}

/** The body of POST /api/requests/{id}/status that declines a request with `reason`. */
export function declineBody(reason: string): { status: 'declined'; reason: string } {
  return { status: 'declined', reason };
}

/** Today's date in the browser's time zone as YYYY-MM-DD (the agreement's default date). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
