// `tongzhou batches ...`: draft a batch from the engine's proposal, edit, compare, approve, discard.
import fs from 'node:fs';
import { Option, type Command } from 'commander';
import { approveBatch } from '../services/batch-approval.service';
import {
  compareBatches,
  discardBatch,
  draftBatch,
  editBatchLine,
  getBatch,
  listBatchRows,
  type BatchView,
} from '../services/batches.service';
import { BadRequestError } from '../services/errors';
import { parseUnits, type RunWithDatabase } from './requests.command';
import { formatCount, formatTable } from './table';

function readPolicy(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadRequestError(`--policy ${file}: ${(error as Error).message}`, 'policy');
  }
}

/** A batch as text: header, totals, and one row per line with the engine's original beside it. */
export function batchText(b: BatchView): string {
  return [
    `${b.id}: ${b.title}${b.number ? ` (batch ${b.number})` : ''}`,
    `Status      ${b.status}${b.approvedBy ? ` by ${b.approvedBy} at ${b.approvedAt}` : ''}, ${b.origin}${b.illustrative ? ', illustrative' : ''}`,
    `Totals      ${formatCount(b.totals.units)} units to ${b.totals.recipients} recipients: ${b.totals.items.map((i) => `${i.item} ${formatCount(i.quantity)}`).join(', ')}`,
    ...(b.stale.length ? [`STALE       ${b.stale.join('; ')}`] : []),
    '',
    formatTable(b.lines, [
      { header: 'Line', value: (l) => l.id },
      { header: 'Recipient', value: (l) => l.recipient },
      { header: 'Item', value: (l) => l.item },
      {
        header: 'Engine',
        value: (l) => (l.proposed === null ? '-' : formatCount(l.proposed)),
        align: 'right',
      },
      { header: 'Quantity', value: (l) => formatCount(l.quantity), align: 'right' },
      { header: 'Packs', value: (l) => formatCount(l.packs), align: 'right' },
      { header: 'Why', value: (l) => l.edits.at(-1)?.reason ?? l.reason?.en ?? '' },
    ]),
  ].join('\n');
}

/** Adds `batches` to the program. */
export function addBatchCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const batches = program
    .command('batches')
    .description('draft, edit, compare and approve batches of aid');
  const out = (json: boolean | undefined, b: BatchView) =>
    print(json ? JSON.stringify(b, null, 2) : batchText(b));
  batches
    .command('list', { isDefault: true })
    .description('list batches, newest first')
    .addOption(new Option('--status <status>').choices(['draft', 'approved', 'discarded']))
    .option('--json', 'machine-readable output')
    .action(async (opts: { status?: 'draft' | 'approved' | 'discarded'; json?: boolean }) => {
      const rows = await run((db) => listBatchRows(db, opts.status));
      if (opts.json) return print(JSON.stringify(rows, null, 2));
      print(
        formatTable(rows, [
          { header: 'Batch', value: (b) => b.id },
          {
            header: 'No.',
            value: (b) => (b.number === null ? '' : String(b.number)),
            align: 'right',
          },
          { header: 'Status', value: (b) => b.status },
          { header: 'Origin', value: (b) => b.origin },
          { header: 'Title', value: (b) => b.title },
        ]),
      );
    });
  batches
    .command('show <id>')
    .description('one batch with its lines')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) =>
      out(opts.json, await run((db) => getBatch(db, id))),
    );
  batches
    .command('draft')
    .description("draft a batch from the allocation engine's proposal for agreed requests")
    .requiredOption('--title <title>', 'e.g. "Batch 5"')
    .option('--number <n>', 'batch number', parseUnits())
    .option('--request <id...>', 'requests in scope (default: every agreed supplies request)')
    .option('--policy <file>', 'allocation policy JSON (default: the default policy)')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: {
        title: string;
        number?: number;
        request?: string[];
        policy?: string;
        json?: boolean;
      }) => {
        const policy = readPolicy(opts.policy);
        out(
          opts.json,
          await run((db) =>
            draftBatch(db, {
              title: opts.title,
              number: opts.number,
              requests: opts.request,
              policy,
            }),
          ),
        );
      },
    );
  batches
    .command('edit <id> <lineId>')
    .description('change a line of a draft (whole packs), keeping the reason')
    .requiredOption('--quantity <units>', 'new quantity in units', parseUnits(true))
    .requiredOption('--reason <text>', 'why')
    .option('--by <who>')
    .option('--json', 'machine-readable output')
    .action(
      async (
        id: string,
        lineId: string,
        opts: { quantity: number; reason: string; by?: string; json?: boolean },
      ) => {
        out(opts.json, await run((db) => editBatchLine(db, id, lineId, opts)));
      },
    );
  batches
    .command('compare <a> <b>')
    .description('two batches side by side (diff = b − a)')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      const c = await run((db) => compareBatches(db, a, b));
      if (opts.json) return print(JSON.stringify(c, null, 2));
      print(
        [
          `${c.a.id} (${c.a.status}) vs ${c.b.id} (${c.b.status}): ${c.changed} lines differ`,
          '',
          formatTable(c.lines, [
            { header: 'Request line', value: (l) => l.requestLineId },
            { header: 'Recipient', value: (l) => l.recipient },
            { header: 'Item', value: (l) => l.item },
            { header: c.a.id, value: (l) => formatCount(l.a), align: 'right' },
            { header: c.b.id, value: (l) => formatCount(l.b), align: 'right' },
            {
              header: 'Diff',
              value: (l) => (l.diff > 0 ? '+' : '') + formatCount(l.diff),
              align: 'right',
            },
          ]),
        ].join('\n'),
      );
    });
  batches
    .command('approve <id>')
    .description('approve a draft: holds its stock, or says why not')
    .requiredOption('--by <who>', 'who approves')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { by: string; json?: boolean }) =>
      out(opts.json, await run((db) => approveBatch(db, id, opts))),
    );
  batches
    .command('discard <id>')
    .description('discard a draft')
    .action(async (id: string) => out(false, await run((db) => discardBatch(db, id))));
}
