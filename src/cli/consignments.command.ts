// `tongzhou consignments ...`: ship an approved batch onto flights, the board by flight, one consignment
// with its marks and log, and posting an event.
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { EVENT_KINDS, STAGES, type EventKind, type EventPayload } from '../core/logistics';
import { postEvent } from '../services/consignment-events.service';
import { BadRequestError } from '../services/errors';
import {
  getConsignment,
  listConsignmentDetails,
  planConsignments,
  type ConsignmentDetail,
  type FlightInput,
} from '../services/logistics.service';
import type { RunWithDatabase } from './requests.command';
import { formatCount, formatNumber, formatTable } from './table';

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadRequestError(`${what} ${file}: ${(error as Error).message}`, what);
  }
}

/** The board: one row per consignment, grouped by flight. */
export function boardText(list: readonly ConsignmentDetail[]): string {
  return formatTable(list, [
    { header: 'Flight', value: (c) => c.flight?.flightNo ?? c.flightId },
    { header: 'Consignment', value: (c) => c.id },
    {
      header: 'Recipient',
      value: (c) =>
        c.consignee === c.recipient ? c.recipient : `${c.recipient} via ${c.consignee}`,
    },
    { header: 'Status', value: (c) => c.status },
    {
      header: 'Packs',
      value: (c) => formatCount(c.lines.reduce((s, l) => s + l.packs, 0)),
      align: 'right',
    },
    { header: 'kg', value: (c) => formatCount(c.weightKg), align: 'right' },
    { header: 'm³', value: (c) => formatNumber(c.volumeM3), align: 'right' },
    {
      header: 'Quotation',
      value: (c) => `${c.marks.quotation.language}: ${c.marks.quotation.author}`,
    },
  ]);
}

/** One consignment as text: marks, lines, log. */
export function consignmentText(c: ConsignmentDetail): string {
  return [
    `${c.id}: batch ${c.batchId}, ${c.recipientName.en} (${c.recipientName.zh})${c.consignee !== c.recipient ? `, delivered to ${c.consignee}` : ''}`,
    `Flight      ${c.flight ? `${c.flight.flightNo} (${c.flight.kind}) from ${c.flight.origin}${c.flight.departsOn ? ` on ${c.flight.departsOn}` : ''}` : c.flightId}`,
    `Status      ${c.status}`,
    `Label       ${c.marks.label.en} / ${c.marks.label.zh}`,
    `Quotation   "${c.marks.quotation.text}" (${c.marks.quotation.author}; ${c.marks.quotation.translationEn})${c.marks.fallback ? ' [no quotation in its language yet]' : ''}`,
    '',
    formatTable(c.lines, [
      { header: 'Line', value: (l) => l.id },
      { header: 'Request line', value: (l) => l.requestLineId ?? '' },
      { header: 'Item', value: (l) => l.item },
      { header: 'Packs', value: (l) => formatCount(l.packs), align: 'right' },
      { header: 'Units', value: (l) => formatCount(l.quantity), align: 'right' },
      {
        header: 'Received/damaged/missing',
        value: (l) => {
          const r = c.view.receipt?.find((x) => x.lineId === l.id);
          return r
            ? `${formatCount(r.received)}/${formatCount(r.damaged)}/${formatCount(r.missing)}`
            : '';
        },
      },
    ]),
    '',
    formatTable(c.events, [
      { header: '#', value: (e) => String(e.seq), align: 'right' },
      { header: 'At', value: (e) => e.at },
      { header: 'Event', value: (e) => e.kind },
      {
        header: 'Detail',
        value: (e) =>
          [e.payload.flight, e.payload.to, e.payload.signedBy, e.payload.note, e.payload.reason]
            .filter(Boolean)
            .join('; '),
      },
      { header: 'Hash', value: (e) => e.hash.slice(0, 12) },
    ]),
  ].join('\n');
}

/** Adds `consignments` to the program. */
export function addConsignmentCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const consignments = program
    .command('consignments')
    .description('ship batches onto flights and follow consignments');
  consignments
    .command('list', { isDefault: true })
    .description('the board: consignments by flight')
    .option('--batch <id>')
    .addOption(new Option('--status <status>').choices(['planned', ...STAGES]))
    .option('--json', 'machine-readable output')
    .action(async (opts: { batch?: string; status?: string; json?: boolean }) => {
      const list = await run((db) =>
        listConsignmentDetails(db, { batchId: opts.batch, status: opts.status }),
      );
      print(opts.json ? JSON.stringify(list, null, 2) : boardText(list));
    });
  consignments
    .command('show <id>')
    .description('one consignment: marks, lines, event log')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const c = await run((db) => getConsignment(db, id));
      print(opts.json ? JSON.stringify(c, null, 2) : consignmentText(c));
    });
  consignments
    .command('plan <batchId>')
    .description(
      'pack an approved batch onto flights (a charter per destination unless --flights is given)',
    )
    .option(
      '--flights <file>',
      'JSON array of { flightNo, kind, payloadKg, volumeM3, destinations?, departsOn? }',
    )
    .option('--json', 'machine-readable output')
    .action(async (batchId: string, opts: { flights?: string; json?: boolean }) => {
      const flights = opts.flights
        ? (readJson(opts.flights, '--flights') as FlightInput[])
        : undefined;
      const list = await run((db) => planConsignments(db, batchId, { flights }));
      print(opts.json ? JSON.stringify(list, null, 2) : boardText(list));
    });
  addEventCommand(consignments, run, print);
}

function addEventCommand(
  consignments: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  consignments
    .command('event <consignmentId>')
    .description('record an event (idempotent by --id; a retry never doubles)')
    .addOption(new Option('--kind <kind>').choices(EVENT_KINDS).makeOptionMandatory())
    .requiredOption('--id <id>', 'client id of the event (e.g. a UUID)')
    .option('--at <timestamp>', 'when it happened (ISO 8601; default now)')
    .option('--payload <json>', 'event fields as JSON, e.g. {"flight":"CA1043"}')
    .option('--payload-file <file>', 'event fields from a JSON file (receipts)')
    .action(
      async (
        consignmentId: string,
        opts: { kind: EventKind; id: string; at?: string; payload?: string; payloadFile?: string },
      ) => {
        let payload: EventPayload = {};
        try {
          if (opts.payload) payload = JSON.parse(opts.payload) as EventPayload;
        } catch (error) {
          throw new BadRequestError(`--payload: ${(error as Error).message}`, 'payload');
        }
        if (opts.payloadFile)
          payload = readJson(opts.payloadFile, '--payload-file') as EventPayload;
        const out = await run((db) =>
          postEvent(db, consignmentId, {
            id: opts.id,
            kind: opts.kind,
            at: opts.at ?? new Date().toISOString(),
            payload,
          }),
        );
        print(
          `${out.replayed ? 'already recorded' : 'recorded'}: ${out.event.kind} #${out.event.seq} on ${consignmentId}, status ${out.status}, hash ${out.event.hash.slice(0, 16)}`,
        );
      },
    );
}
