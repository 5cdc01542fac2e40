// Shapes of the allocation endpoints as the planning page reads them (GET /api/allocations/input).
import type { PlanInput, Text } from '../../../src/core/allocation';

/** A request behind the plan input, with where its figures come from. */
export interface PlanRequestRef {
  id: string;
  recipient: string;
  via: string | null;
  status: string;
  urgency: string;
  neededBy: string | null;
  title: string;
  /** 'seed' (named in the press conference), 'illustrative' (demo figures) or 'entered' by a user. */
  basis: string;
}

/** `GET /api/allocations/input?date=`: the engine's input as of a date, with names, requests and notes. */
export interface PlanInputResponse {
  date: string;
  shipDate: string;
  source: string | null;
  forecastWeeks: number;
  input: PlanInput;
  names: {
    recipients: Record<string, Text & { kind?: 'country' | 'organisation' }>;
    items: Record<string, Text & { unit?: string }>;
  };
  requests: PlanRequestRef[];
  notes: Text[];
}

/** Whether each recipient's requests are illustrative: 'all', 'some', or absent when none are. */
export function illustrativeRecipients(
  requests: readonly PlanRequestRef[],
): Map<string, 'all' | 'some'> {
  const counts = new Map<string, { all: number; illustrative: number }>();
  for (const r of requests) {
    const c = counts.get(r.recipient) ?? { all: 0, illustrative: 0 };
    c.all++;
    if (r.basis === 'illustrative') c.illustrative++;
    counts.set(r.recipient, c);
  }
  const out = new Map<string, 'all' | 'some'>();
  for (const [id, c] of counts) {
    if (c.illustrative > 0) out.set(id, c.illustrative === c.all ? 'all' : 'some');
  }
  return out;
}
