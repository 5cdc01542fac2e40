// `tongzhou audit head`: the audit trail's latest row number, time and hash as one line, to publish daily
// (a website, a mailing list, a newspaper notice), so that a rewrite of the trail shows against it.
import type { Command } from 'commander';
import { auditHeadOf, checkPublishedHead } from '../services/audit-head.service';
import type { RunWithDatabase } from './requests.command';

/** Adds `audit head` and `audit check-head` to the program. */
export function addAuditCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const audit = program.command('audit').description('the audit trail of every state change');
  audit
    .command('head')
    .description(
      'print the latest audit row (number, time, SHA-256 hash) as one line to publish daily; run `tongzhou verify` first',
    )
    .option('--json', 'machine-readable output: {"seq", "at", "hash", "line"} (null when empty)')
    .action(async (opts: { json?: boolean }) => {
      const head = await run((db) => auditHeadOf(db));
      if (head) print(opts.json ? JSON.stringify(head) : head.line);
      else {
        print(opts.json ? 'null' : 'The audit trail is empty: nothing has been changed yet.');
        process.exitCode = 1;
      }
    });
  audit
    .command('check-head')
    .description(
      'check that a published head still holds (its row has the same hash); exit code 1 if not. Run `tongzhou verify` too',
    )
    .argument('<head>', 'the published line, or "ROW HASH"')
    .action(async (head: string) => {
      const check = await run((db) => checkPublishedHead(db, head));
      print(check.message);
      if (!check.ok) process.exitCode = 1;
    });
}
