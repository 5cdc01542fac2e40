// `tongzhou requests ...` and `tongzhou stock ...`: the request inbox, agreeing and declining requests,
// the donor's stock and reserve, and stock receipts.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { REQUEST_KINDS, REQUEST_STATUSES } from '../core/logistics';
import type { Database } from '../db/database';
import type { RequestFilter } from '../db/requests.repository';
import {
  agreeRequest,
  getRequest,
  listRequestViews,
  setRequestStatus,
  type RequestView,
} from '../services/requests.service';
import { changeStock, getSupply } from '../services/supply.service';
import { formatCount, formatTable } from './table';

/** Runs a command body against the configured database. */
export type RunWithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

/** Parses a whole number of units (may be negative when `signed`). */
export function parseUnits(signed = false) {
  return (value: string): number => {
    if (!(signed ? /^-?[0-9]{1,15}$/ : /^[0-9]{1,15}$/).test(value)) {
      throw new InvalidArgumentError(`must be a whole number of units${signed ? '' : ' >= 0'}.`);
    }
    return Number(value);
  };
}

function collectLine(value: string, previous: { line: string; agreed: number }[]) {
  const m = /^([^=]+)=([0-9]{1,15})$/.exec(value);
  if (!m) throw new InvalidArgumentError('must be LINE=QUANTITY, e.g. mask-surgical=2000000.');
  return [...previous, { line: m[1]!, agreed: Number(m[2]) }];
}

/** The one-line-per-request inbox table. */
export function requestTable(requests: readonly RequestView[]): string {
  return formatTable(requests, [
    { header: 'Request', value: (r) => r.id },
    { header: 'Recipient', value: (r) => (r.via ? `${r.recipient} via ${r.via}` : r.recipient) },
    { header: 'Kind', value: (r) => r.kind },
    { header: 'Status', value: (r) => r.status },
    { header: 'Lines', value: (r) => String(r.lines.length), align: 'right' },
    {
      header: 'Agreed units',
      value: (r) => formatCount(r.lines.reduce((s, l) => s + (l.agreed ?? 0), 0)),
      align: 'right',
    },
    {
      header: 'Allocated',
      value: (r) => formatCount(r.lines.reduce((s, l) => s + l.allocated, 0)),
      align: 'right',
    },
    { header: 'Basis', value: (r) => r.basis },
    { header: 'Title', value: (r) => r.title },
  ]);
}

function requestDetail(r: RequestView): string {
  return [
    `${r.id}: ${r.title}`,
    `Recipient   ${r.recipientName.en} (${r.recipientName.zh}, ${r.recipient})${r.via ? `, routed through ${r.via}` : ''}`,
    `Kind        ${r.kind}${r.amountUsd ? `, USD ${formatCount(r.amountUsd)}` : ''}`,
    `Status      ${r.status}${r.declineReason ? ` (${r.declineReason})` : ''}`,
    `Agreed      ${r.agreedBy ? `by ${r.agreedBy} on ${r.agreedOn}` : 'not yet'}`,
    `Basis       ${r.basis}${r.sourceNote ? `: ${r.sourceNote}` : ''}`,
    '',
    formatTable(r.lines, [
      { header: 'Line', value: (l) => l.id },
      { header: 'Item', value: (l) => l.item },
      { header: 'Asked', value: (l) => formatCount(l.asked), align: 'right' },
      {
        header: 'Agreed',
        value: (l) => (l.agreed === null ? '-' : formatCount(l.agreed)),
        align: 'right',
      },
      { header: 'Allocated', value: (l) => formatCount(l.allocated), align: 'right' },
      { header: 'Remaining', value: (l) => formatCount(l.remaining), align: 'right' },
    ]),
  ].join('\n');
}

/** Adds `requests` and `stock` to the program. */
export function addRequestCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const requests = program
    .command('requests')
    .description('the request inbox: list, show, agree, review or decline requests');
  requests
    .command('list', { isDefault: true })
    .description('list requests')
    .addOption(new Option('--status <status>').choices(REQUEST_STATUSES))
    .addOption(new Option('--kind <kind>').choices(REQUEST_KINDS))
    .option('--recipient <id>', 'ISO3 code or organisation')
    .option('--json', 'machine-readable output')
    .action(async (opts: RequestFilter & { json?: boolean }) => {
      const list = await run((db) => listRequestViews(db, opts));
      print(opts.json ? JSON.stringify(list, null, 2) : requestTable(list));
    });
  requests
    .command('show <id>')
    .description('one request with its lines')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const r = await run((db) => getRequest(db, id));
      print(opts.json ? JSON.stringify(r, null, 2) : requestDetail(r));
    });
  requests
    .command('agree <id>')
    .description('record the agreed quantities (lines not named are agreed as asked)')
    .requiredOption('--by <who>', 'who agreed, e.g. "MOFCOM and the Ministry of Health"')
    .option('--on <date>', 'YYYY-MM-DD (default today)')
    .option(
      '--line <line=quantity>',
      'agreed units of a line (id or item); repeatable',
      collectLine,
      [],
    )
    .action(
      async (
        id: string,
        opts: { by: string; on?: string; line: { line: string; agreed: number }[] },
      ) => {
        const r = await run((db) =>
          agreeRequest(db, id, { agreedBy: opts.by, agreedOn: opts.on, lines: opts.line }),
        );
        print(requestDetail(r));
      },
    );
  for (const [name, status] of [
    ['review', 'under-review'],
    ['decline', 'declined'],
    ['fulfil', 'fulfilled'],
  ] as const) {
    requests
      .command(`${name} <id>`)
      .description(`set the request ${status}`)
      .option('--reason <text>', 'why (required to decline)')
      .action(async (id: string, opts: { reason?: string }) => {
        print(requestDetail(await run((db) => setRequestStatus(db, id, status, opts.reason))));
      });
  }

  const stock = program.command('stock').description("the donor's stock, reserve and receipts");
  stock
    .command('list', { isDefault: true })
    .description('per item: on hand, held by approved batches, domestic reserve, allocatable')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const supply = await run((db) => getSupply(db));
      if (opts.json) return print(JSON.stringify(supply, null, 2));
      print(
        formatTable(supply.items, [
          { header: 'Item', value: (i) => i.item },
          { header: 'On hand', value: (i) => formatCount(i.onHand), align: 'right' },
          { header: 'Held', value: (i) => formatCount(i.allocated), align: 'right' },
          { header: 'Reserve', value: (i) => formatCount(i.reserve), align: 'right' },
          { header: 'Allocatable', value: (i) => formatCount(i.allocatable), align: 'right' },
          { header: 'Made/day', value: (i) => formatCount(i.productionPerDay), align: 'right' },
          { header: 'Basis', value: (i) => i.basis },
        ]),
      );
    });
  stock
    .command('receive')
    .description('record stock received into a depot')
    .requiredOption('--depot <id>', 'depot id')
    .requiredOption('--item <id>', 'catalogue item id')
    .requiredOption('--quantity <units>', 'units received', parseUnits())
    .option('--note <text>')
    .action(async (opts: { depot: string; item: string; quantity: number; note?: string }) => {
      const p = await run((db) => changeStock(db, opts));
      print(
        `${p.item}: ${formatCount(p.onHand)} on hand, ${formatCount(p.allocatable)} allocatable`,
      );
    });
}
