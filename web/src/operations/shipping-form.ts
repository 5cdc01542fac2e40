// The body of "pack onto flights": the defaults of the server unless the planner sets the aircraft's
// payload and volume, the origin or the departure date.

/** What the shipping form holds, as typed. */
export interface ShippingDraft {
  payloadKg: string;
  volumeM3: string;
  origin: string;
  departsOn: string;
}

/** An empty form: every choice left to the server's defaults. */
export const EMPTY_SHIPPING: ShippingDraft = {
  payloadKg: '',
  volumeM3: '',
  origin: '',
  departsOn: '',
};

const number = (text: string): number | string => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
};

/**
 * The body of POST /api/batches/{id}/consignments: only what was filled in. The aircraft goes as a pair
 * once either limit is set, so a half-filled one is named by the server rather than silently dropped.
 */
export function shippingBody(draft: ShippingDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (draft.payloadKg.trim() !== '' || draft.volumeM3.trim() !== '') {
    body['aircraft'] = {
      payloadKg: draft.payloadKg.trim() === '' ? undefined : number(draft.payloadKg),
      volumeM3: draft.volumeM3.trim() === '' ? undefined : number(draft.volumeM3),
    };
  }
  if (draft.origin.trim() !== '') body['origin'] = draft.origin.trim();
  if (draft.departsOn !== '') body['departsOn'] = draft.departsOn;
  return body;
}
