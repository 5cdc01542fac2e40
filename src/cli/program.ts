// The `tongzhou` command tree: import files, print the situation and the world milestones.
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import type { SeriesSource } from '../core/situation/types';
import type { ImportKind } from '../services/import.service';
import { withDatabase, type GlobalOptions } from './context';
import { describeError } from './errors';
import { addForecastCommand } from './forecast.command';
import { runImport } from './import.command';
import { runMilestones } from './milestones.command';
import { runSituation } from './situation.command';
import { addAllocateCommand } from './allocate.command';
import { addTraceCommand } from './trace.command';
import { addVerifyCommand } from './verify.command';
import { addAuditCommand } from './audit.command';
import { addConsignmentCommands } from './consignments.command';
import { addBatchCommands } from './batches.command';
import { addExpertCommands } from './experts.command';
import { addSessionCommands } from './sessions.command';
import { addGuidanceCommands } from './guidance.command';
import { addRequestCommands } from './requests.command';
import { addReportCommand } from './report.command';
import { addUserCommands } from './users.command';

function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a YYYY-MM-DD calendar date.');
  return value;
}

function parseEvery(value: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(value))
    throw new InvalidArgumentError('must be a positive whole number.');
  return Number(value);
}

const sourceOption = () =>
  new Option('--source <source>', "case-series source (default: the scenario's)").choices([
    'jhu',
    'owid',
  ]);

/** Builds the command tree; `print` receives what a command writes to stdout. */
export function buildCli(print: (text: string) => void = (text) => console.log(text)): Command {
  const program = new Command('tongzhou')
    .description(
      'Tongzhou (同舟): the epidemic situation from real case data, and the coordination of aid.',
    )
    .option('--no-demo', 'do not load the demo scenario into an empty database')
    .addHelpText(
      'after',
      '\nEnvironment: TONGZHOU_DATA_DIR (embedded database folder, default ./.tongzhou), DATABASE_URL (a PostgreSQL server instead), TONGZHOU_DEMO=0 (never load the demo).',
    )
    .showHelpAfterError('(run with --help for usage)');
  const global = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('import')
    .description(
      'import a JHU CSSE time series, an OWID file or the World Bank beds file (one transaction)',
    )
    .addArgument(new Argument('<kind>', 'what the file is').choices(['jhu', 'owid', 'beds']))
    .argument('<file>', 'the CSV file')
    .addOption(
      new Option(
        '--metric <metric>',
        'JHU only: what the file counts (default: from its name)',
      ).choices(['cases', 'deaths']),
    )
    .action(async (kind: ImportKind, file: string, opts: { metric?: 'cases' | 'deaths' }) => {
      const lines = await withDatabase(global(), (db) => runImport(db, kind, file, opts));
      print(lines.join('\n'));
    });

  program
    .command('situation')
    .description(
      'every country (or one) on a date: cases, deaths, per million, doubling time, tier',
    )
    .option('--date <date>', "YYYY-MM-DD (default: the scenario's as-of date)", parseDate)
    .option('--country <iso3>', 'one country in detail, e.g. ITA')
    .addOption(sourceOption())
    .option('--json', 'machine-readable output')
    .action(
      async (opts: { date?: IsoDate; country?: string; source?: SeriesSource; json?: boolean }) => {
        print(await withDatabase(global(), (db) => runSituation(db, opts)));
      },
    );

  program
    .command('milestones')
    .description('the dates the world total reached each multiple of N cases, and the days between')
    .requiredOption('--every <n>', 'milestone step in cases, e.g. 100000', parseEvery)
    .addOption(sourceOption())
    .option('--json', 'machine-readable output: [{ "cases", "date", "days" }, ...]')
    .action(async (opts: { every: number; source?: SeriesSource; json?: boolean }) => {
      print(await withDatabase(global(), (db) => runMilestones(db, opts)));
    });

  addForecastCommand(program, (fn) => withDatabase(global(), fn), print);

  addRequestCommands(program, (fn) => withDatabase(global(), fn), print);
  addUserCommands(program, (fn) => withDatabase(global(), fn), print);

  addBatchCommands(program, (fn) => withDatabase(global(), fn), print);
  addExpertCommands(program, (fn) => withDatabase(global(), fn), print);
  addSessionCommands(program, (fn) => withDatabase(global(), fn), print);
  addGuidanceCommands(program, (fn) => withDatabase(global(), fn), print);

  addConsignmentCommands(program, (fn) => withDatabase(global(), fn), print);

  addVerifyCommand(program, (fn) => withDatabase(global(), fn), print);
  addAuditCommand(program, (fn) => withDatabase(global(), fn), print);

  addTraceCommand(program, (fn) => withDatabase(global(), fn), print);

  addAllocateCommand(program, (fn) => withDatabase(global(), fn), print);
  addReportCommand(program, (fn) => withDatabase(global(), fn), print);

  return program;
}

/** Runs the CLI on `argv`; errors print one line on stderr and set a non-zero exit code. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    console.error(`tongzhou: ${describeError(error)}`);
    process.exitCode = 1;
  }
}
