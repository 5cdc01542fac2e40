// `tongzhou allocate`: the allocation engine's proposal on the operations data (stock, reserve, open
// requests) as of a date, recipients x items with the reason for each line, or the full plan as JSON.
import fs from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import type { AllocationPlan, PlanLine } from '../core/allocation';
import type { IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import type { Database } from '../db/database';
import { planFor, policyOf, type ScenarioPlanInput } from '../services/allocation.service';
import { BadRequestError } from '../services/errors';
import { sharedWorkerSolver } from '../services/worker-solver';
import type { RunWithDatabase } from './requests.command';
import { formatCount, formatTable } from './table';

/** What `tongzhou allocate` takes. */
export interface AllocateOptions {
  date?: IsoDate | undefined;
  shipDate?: IsoDate | undefined;
  policy?: string | undefined;
  requests?: string | undefined;
  forecastWeeks?: number | undefined;
  json?: boolean | undefined;
}

function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a YYYY-MM-DD calendar date.');
  return value;
}

function parseWeeks(value: string): number {
  if (!/^(1[0-2]|[1-9])$/.test(value)) throw new InvalidArgumentError('must be 1 to 12 weeks.');
  return Number(value);
}

/** The policy JSON in `file`; a file that cannot be read or parsed is named in one line. */
export function readPolicyFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadRequestError(
      `--policy ${file}: cannot read the file${code ? ` (${code})` : ''}`,
      'policy',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BadRequestError(
      `--policy ${file}: not valid JSON (${(error as Error).message})`,
      'policy',
    );
  }
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The plan as text: a header, notes, one row per item, one row per recipient x item with its reason. */
export function planText(scenario: ScenarioPlanInput, plan: AllocationPlan): string {
  const name = (id: string) => scenario.names.recipients[id]?.en ?? id;
  const header = [
    `Allocation proposal as of ${scenario.date} (ship date ${scenario.shipDate}), policy ${plan.policy.id} ${plan.policy.version}, solver ${plan.solver}`,
    ...scenario.notes.map((n) => `Note: ${n.en}`),
  ];
  if (plan.lines.length === 0) return [...header, '', 'Nothing to allocate.'].join('\n');
  const items = formatTable(plan.items, [
    { header: 'Item', value: (i) => i.item },
    { header: 'Stock', value: (i) => formatCount(i.stock), align: 'right' },
    { header: 'Production', value: (i) => formatCount(i.producible), align: 'right' },
    { header: 'Reserve', value: (i) => formatCount(i.reserve), align: 'right' },
    { header: 'Available', value: (i) => formatCount(i.available), align: 'right' },
    { header: 'Need', value: (i) => formatCount(i.need), align: 'right' },
    { header: 'Allocated', value: (i) => formatCount(i.allocated), align: 'right' },
    { header: 'Left', value: (i) => formatCount(i.leftover), align: 'right' },
  ]);
  const lines = formatTable<PlanLine>(plan.lines, [
    { header: 'Recipient', value: (l) => `${name(l.recipient)} (${l.recipient})` },
    { header: 'Item', value: (l) => l.item },
    { header: 'Requested', value: (l) => formatCount(l.requested), align: 'right' },
    { header: 'Need', value: (l) => formatCount(l.need), align: 'right' },
    { header: 'Allocated', value: (l) => formatCount(l.quantity), align: 'right' },
    { header: 'Fill', value: (l) => pct(l.fillRate), align: 'right' },
    { header: 'Weight', value: (l) => l.weight.toFixed(2), align: 'right' },
    { header: 'Pro-rata', value: (l) => formatCount(l.proRata), align: 'right' },
    { header: 'Why', value: (l) => l.reason.en },
  ]);
  const { ours, proRata } = plan.quality;
  return [
    ...header,
    '',
    items,
    '',
    lines,
    '',
    `Lowest fill rate: ${pct(ours.minFillRate)} (population pro-rata: ${pct(proRata.minFillRate)}); weighted unmet need ${pct(ours.weightedUnmet)} (${pct(proRata.weightedUnmet)}); Gini of fill rates ${ours.gini.toFixed(2)} (${proRata.gini.toFixed(2)}).`,
    ...plan.notes.map((n) => `Note: ${n.en}`),
  ].join('\n');
}

/** The policy file's JSON, checked: BadRequestError names the file and the field. */
export function checkedPolicyFile(file: string | undefined): unknown {
  if (file === undefined) return undefined;
  const json = readPolicyFile(file);
  try {
    policyOf(json);
  } catch (error) {
    if (error instanceof BadRequestError)
      throw new BadRequestError(`--policy ${file}: ${error.message}`, error.field);
    throw error;
  }
  return json;
}

/** Plans on the database and returns what to print (text or JSON). */
export async function runAllocate(database: Database, opts: AllocateOptions): Promise<string> {
  const policy = checkedPolicyFile(opts.policy);
  try {
    const { scenario, plan } = await planFor(database, {
      date: opts.date,
      shipDate: opts.shipDate,
      policy,
      forecastWeeks: opts.forecastWeeks,
      ...(opts.requests ? { requestIds: opts.requests.split(',').map((s) => s.trim()) } : {}),
    });
    if (!opts.json) return planText(scenario, plan);
    const { input: _input, ...context } = scenario;
    return JSON.stringify({ ...context, plan }, null, 2);
  } finally {
    await sharedWorkerSolver().close();
  }
}

/** Adds `tongzhou allocate` to the command tree. */
export function addAllocateCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  program
    .command('allocate')
    .description(
      "the engine's proposal on the donor's stock, reserve and open requests: recipients x items with reasons",
    )
    .option(
      '--date <date>',
      "plan date, YYYY-MM-DD (default: the scenario's as-of date)",
      parseDate,
    )
    .option(
      '--ship-date <date>',
      'production until this date counts (default: date + 7)',
      parseDate,
    )
    .option('--policy <file>', 'allocation policy JSON (default: the default policy)')
    .option('--requests <ids>', 'comma-separated request ids (default: every open request)')
    .option('--forecast-weeks <n>', 'weeks of forecast need that cap requests (1-12)', parseWeeks)
    .option('--json', 'machine-readable output: the full plan with its date, notes and requests')
    .action(async (opts: AllocateOptions) => {
      checkedPolicyFile(opts.policy); // a bad file fails before the database opens
      print(await run((database) => runAllocate(database, opts)));
    });
}
