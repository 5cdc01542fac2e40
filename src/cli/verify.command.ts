// `tongzhou verify`: checks every consignment's event chain and the audit trail's chain; reports any
// break (exit code 1).
import type { Command } from 'commander';
import { verifyEvents } from '../services/verify.service';
import type { RunWithDatabase } from './requests.command';

/** Adds `verify` to the program. */
export function addVerifyCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  program
    .command('verify')
    .description(
      'check the hash chains of every consignment event log and of the audit trail; exit code 1 on any break',
    )
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const report = await run((db) => verifyEvents(db));
      if (opts.json) print(JSON.stringify(report, null, 2));
      else {
        print(
          report.breaks.length === 0
            ? `Chain intact: ${report.events} events on ${report.consignments} consignments verify.`
            : [
                `CHAIN BROKEN: ${report.breaks.length} problem(s) in ${report.events} events on ${report.consignments} consignments:`,
                ...report.breaks.map(
                  (b) => `  ${b.consignmentId} #${b.seq} (${b.eventId}): ${b.message}`,
                ),
              ].join('\n'),
        );
        const { audit } = report;
        print(
          audit.firstBreak === null
            ? `Audit trail intact: ${audit.rows} rows verify.`
            : `AUDIT TRAIL BROKEN at row ${audit.firstBreak.seq} of ${audit.rows}: ${audit.firstBreak.message}`,
        );
      }
      if (!report.ok) process.exitCode = 1;
    });
}
