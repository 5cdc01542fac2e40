// Small consignments and a trace for the operations pages' unit tests (shapes as the API sends them).
import type { Consignment, ConsignmentEvent, Flight, Trace } from './ops.types';

/** A flight with a 100 t payload and 650 m³ hold. */
export function testFlight(no: string): Flight {
  return {
    id: `b5-${no}`,
    batchId: 'b5',
    flightNo: no,
    kind: 'charter',
    payloadKg: 100_000,
    volumeM3: 650,
    origin: 'Beijing',
    destinations: null,
    departsOn: null,
  };
}

/** A consignment of `quantity` ventilators to `recipient` on `flight`, with the given events. */
export function testConsignment(
  recipient: string,
  flight: Flight,
  weightKg: number,
  volumeM3: number,
  events: Pick<ConsignmentEvent, 'kind' | 'at'>[] = [],
  quantity = 60,
): Consignment {
  const id = `b5-${recipient}`;
  const status = events.at(-1)?.kind ?? 'planned';
  return {
    id,
    batchId: 'b5',
    recipient,
    recipientName: { en: recipient, zh: recipient },
    consignee: recipient,
    flightId: flight.id,
    flight,
    marks: {
      label: { en: 'For a shared future', zh: '为了共同的未来' },
      quotation: {
        id: 'q',
        language: 'eng',
        text: 'It always seems impossible until it is done.',
        author: 'Nelson Mandela',
        source: 'attributed',
        translationEn: 'It always seems impossible until it is done.',
        translationZh: '在事情未完成之前，一切总看似不可能。',
        basis: 'seed-author',
      },
      fallback: false,
    },
    weightKg,
    volumeM3,
    status,
    lines: [
      {
        id: `${id}-L1`,
        batchLineId: 'b5.1',
        requestLineId: 'req.1',
        item: 'ventilator',
        packs: quantity,
        quantity,
      },
      {
        id: `${id}-L2`,
        batchLineId: 'b5.2',
        requestLineId: 'req.2',
        item: 'gown',
        packs: 10,
        quantity: 500,
      },
    ],
    events: events.map((e, i) => ({
      ...e,
      id: `${id}-e${i + 1}`,
      consignmentId: id,
      seq: i + 1,
      payload: {},
      hash: 'h',
    })),
    view: {
      status,
      stages: {},
      flight: null,
      handedOverTo: null,
      signedBy: null,
      receipt: null,
    },
  };
}

/** A trace of 100 ventilators asked, agreed, 63 allocated and shipped, received with one damaged. */
export function testTrace(received: boolean): Trace {
  return {
    line: {
      id: 'req.1',
      requestId: 'req',
      item: 'ventilator',
      itemName: { en: 'Ventilator', zh: '呼吸机' },
      asked: 100,
      agreed: 100,
    },
    request: {
      id: 'req',
      recipient: 'PAK',
      recipientName: { en: 'Pakistan', zh: '巴基斯坦' },
      via: null,
      title: 'Supplies',
      status: 'partly-allocated',
      submittedOn: '2020-03-23',
      neededBy: null,
      agreedBy: 'CIDCA',
      agreedOn: '2020-03-25',
      basis: 'seed',
    },
    allocations: [
      {
        batchId: 'b5',
        batchNumber: 5,
        batchTitle: 'Batch 5',
        approvedAt: '2020-03-26T08:00:00.000Z',
        approvedBy: 'CIDCA',
        batchLineId: 'b5.1',
        proposed: 63,
        quantity: 62,
        reason: { en: 'Supply ran out', zh: '供应用尽' },
        edits: [],
      },
    ],
    shipments: [
      {
        consignmentId: 'b5-PAK',
        consignmentLineId: 'b5-PAK-L1',
        consignee: 'PAK',
        flightNo: 'CHARTER 1',
        packs: 62,
        quantity: 62,
        status: received ? 'received' : 'planned',
        departedAt: received ? '2020-03-27T08:00:00.000Z' : null,
        receivedAt: received ? '2020-03-28T08:00:00.000Z' : null,
        signedBy: received ? 'NDMA' : null,
        receipt: received ? { received: 61, damaged: 1, missing: 0 } : null,
      },
    ],
    totals: {
      asked: 100,
      agreed: 100,
      allocated: 62,
      shipped: received ? 62 : 0,
      received: received ? 61 : 0,
      damaged: received ? 1 : 0,
      missing: 0,
      discrepancy: received ? 1 : 0,
      inTransit: 0,
    },
    timeline: [
      { at: '2020-03-23', step: 'submitted', detail: '100 asked', ref: 'req' },
      { at: '2020-03-25', step: 'agreed', detail: '100 agreed by CIDCA', ref: 'req' },
      { at: '2020-03-26T08:00:00.000Z', step: 'allocated', detail: '62 in Batch 5', ref: 'b5' },
      ...(received
        ? [
            {
              at: '2020-03-27T08:00:00.000Z',
              step: 'departed',
              detail: 'on CHARTER 1',
              ref: 'b5-PAK',
            },
            { at: '2020-03-28T08:00:00.000Z', step: 'received', detail: 'NDMA', ref: 'b5-PAK' },
          ]
        : []),
    ],
  };
}
