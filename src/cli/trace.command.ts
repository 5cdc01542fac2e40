// `tongzhou trace <requestLineId>`: one request line from asked to received.
import type { Command } from 'commander';
import { traceRequestLine, type Trace } from '../services/trace.service';
import type { RunWithDatabase } from './requests.command';
import { formatCount, formatTable } from './table';

/** A trace as text: the totals as one line, then the timeline. */
export function traceText(t: Trace): string {
  const n = formatCount;
  const r = t.request;
  return [
    `${t.line.id}: ${t.line.itemName.en} for ${r.recipientName.en}${r.via ? ` via ${r.via}` : ''} (${r.title}; ${r.basis})`,
    `asked ${n(t.totals.asked)} → agreed ${n(t.totals.agreed)} → allocated ${n(t.totals.allocated)} → shipped ${n(t.totals.shipped)} → received ${n(t.totals.received)}` +
      ` (damaged ${n(t.totals.damaged)}, missing ${n(t.totals.missing)}, in transit ${n(t.totals.inTransit)})`,
    ...t.allocations.map(
      (a) =>
        `  ${a.batchTitle}: ${n(a.quantity)}${a.proposed !== null && a.proposed !== a.quantity ? ` (engine ${n(a.proposed)}; ${a.edits.at(-1)?.reason ?? ''})` : ''} — ${a.reason?.en ?? 'entered by hand'}`,
    ),
    ...t.shipments.map(
      (s) =>
        `  ${s.consignmentId} on ${s.flightNo ?? '?'} to ${s.consignee}: ${n(s.quantity)} (${s.status})${s.receipt ? `, received ${n(s.receipt.received)}, damaged ${n(s.receipt.damaged)}, missing ${n(s.receipt.missing)}, signed by ${s.signedBy ?? '?'}` : ''}`,
    ),
    '',
    formatTable(t.timeline, [
      { header: 'When', value: (s) => s.at },
      { header: 'Step', value: (s) => s.step },
      { header: 'Detail', value: (s) => s.detail },
      { header: 'Ref', value: (s) => s.ref },
    ]),
  ].join('\n');
}

/** Adds `trace` to the program. */
export function addTraceCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  program
    .command('trace <requestLineId>')
    .description('one request line: asked → agreed → allocated → shipped → received')
    .option('--json', 'machine-readable output')
    .action(async (id: string, opts: { json?: boolean }) => {
      const t = await run((db) => traceRequestLine(db, id));
      print(opts.json ? JSON.stringify(t, null, 2) : traceText(t));
    });
}
