// `tongzhou audit head`: the audit trail's latest row number, time and hash as one line, to publish daily
// (a website, a mailing list, a newspaper notice), so that a rewrite of the trail shows against it.
import type { Command } from 'commander';
import { auditHeadOf } from '../services/audit-head.service';
import type { RunWithDatabase } from './requests.command';

/** Adds `audit head` to the program. */
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
}
