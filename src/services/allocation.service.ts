// Use cases of the allocation engine: the plan input of the operations data as of a date (recipient
// profiles, open requests, the donor's stock, production and reserve), a preview of any plan input (HiGHS
// in a worker thread when cargo limits or lot sizes couple the items), and the policy in plain words.
import {
  AllocationInputError,
  checkPlanInput,
  DEFAULT_POLICY,
  parsePolicy,
  planAllocation,
  planAllocationWith,
  planNeedsReferenceSolver,
  type AllocationPlan,
  type PlanInput,
  type Policy,
  type Solver,
  type Text,
} from '../core/allocation';
import type { IsoDate } from '../core/shared/brand';
import { addDays, daysBetween } from '../core/situation/dates';
import type { SeriesSource } from '../core/situation/types';
import type { Database } from '../db/database';
import { planInputFrom, readPlanData, type PlanData, type PlanNames } from './allocation-data';
import { toPlanInput, type PreviewInput } from './allocation-input';
import { BadRequestError } from './errors';
import { forecastForCountry } from './forecast.service';
import { resolveView } from './view';
import { sharedWorkerSolver } from './worker-solver';

export type { PlanNames } from './allocation-data';

/** Weeks of forecast need a request is capped by, unless the caller says otherwise. */
export const DEFAULT_FORECAST_WEEKS = 4;
/** Days from the plan date to the ship date (production until then counts as supply), by default. */
export const DEFAULT_SHIP_DAYS = 7;

/** What planInputFor reads the operations data for; everything optional. */
export interface PlanInputOptions {
  /** Plan date (default: the scenario's as-of date): the situation, the forecast and urgency are as of it. */
  date?: IsoDate | undefined;
  /** Ship date (default: date + 7 days): expected production until then counts as supply. */
  shipDate?: IsoDate | undefined;
  /** A policy as JSON (validated, 400 naming the field) or the default policy. */
  policy?: unknown;
  /** Requests in scope (default: every open supplies request). */
  requestIds?: readonly string[] | undefined;
  /** Weeks of forecast need (1-12, default 4). */
  forecastWeeks?: number | undefined;
  source?: SeriesSource | undefined;
}

/** A request that fed the input. */
export interface PlanRequestRef {
  id: string;
  recipient: string;
  via: string | null;
  status: string;
  urgency: string;
  neededBy: string | null;
  title: string;
  basis: string;
}

/** The engine's input as of a date, with names, the requests behind it and notes in plain words. */
export interface ScenarioPlanInput {
  date: IsoDate;
  shipDate: IsoDate;
  source: SeriesSource | null;
  forecastWeeks: number;
  input: PlanInput;
  names: PlanNames;
  requests: PlanRequestRef[];
  notes: Text[];
}

/** The policy a caller gives (JSON), or the default; BadRequestError naming the first bad field. */
export function policyOf(json: unknown): Policy {
  if (json === undefined || json === null) return DEFAULT_POLICY;
  const parsed = parsePolicy(json);
  if (parsed.ok) return parsed.policy;
  const issues = parsed.errors.map((e) => dotted(e.startsWith('policy:') ? e : `policy.${e}`));
  throw new BadRequestError(issues.join('; '), fieldOf(issues[0]!));
}

/**
 * The plan input of the operations data as of `date`: open supplies requests (submitted, under review,
 * agreed, partly allocated) at their agreed (else asked) quantity less what approved batches hold,
 * recipient profiles from the situation, health data and forecast, free stock plus production by the
 * ship date, and each item's reserve rule. Without requests it returns empty lists and says so in notes.
 */
export async function planInputFor(
  database: Database,
  options: PlanInputOptions = {},
): Promise<ScenarioPlanInput> {
  const policy = policyOf(options.policy);
  const weeks = options.forecastWeeks ?? DEFAULT_FORECAST_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 12) {
    throw new BadRequestError(
      `forecastWeeks must be a whole number of weeks from 1 to 12, got ${weeks}`,
      'forecastWeeks',
    );
  }
  const view = await database.transaction((tx) =>
    resolveView(tx, { date: options.date, source: options.source }).catch((error: unknown) => {
      // No case series at all: plan without the situation, on the date the caller gives.
      if (error instanceof BadRequestError && error.field === 'source' && options.date) return null;
      throw error;
    }),
  );
  const date = view?.date ?? options.date!;
  const shipDate = options.shipDate ?? addDays(date, DEFAULT_SHIP_DAYS);
  if (daysBetween(date, shipDate) < 0) {
    throw new BadRequestError(`shipDate ${shipDate} is before the plan date ${date}`, 'shipDate');
  }
  const data: PlanData = await database.transaction((tx) =>
    readPlanData(tx, { date, source: view?.source ?? null, requestIds: options.requestIds }),
  );
  const forecasts = await forecastNets(database, data, { date, weeks, view: view !== null });
  const built = planInputFrom(data, { policy, date, shipDate, forecasts });
  return {
    date,
    shipDate,
    source: view?.source ?? null,
    forecastWeeks: weeks,
    input: built.input,
    names: built.names,
    requests: data.requests.map((r) => ({
      id: r.id,
      recipient: r.recipient,
      via: r.via,
      status: r.status,
      urgency: r.urgency,
      neededBy: r.neededBy,
      title: r.title,
      basis: r.basis,
    })),
    notes: [
      ...(view ? [] : [NO_SITUATION]),
      ...built.notes,
      ...forecasts.notes,
      forecastNote(weeks, shipDate),
    ],
  };
}

const NO_SITUATION: Text = {
  en: 'No case series is loaded: severity is scored as missing and no forecast caps the requests.',
  zh: '未加载病例数据：严重程度按缺失计分，申请量不按预测封顶。',
};

function forecastNote(weeks: number, shipDate: string): Text {
  return {
    en: `Forecast need covers ${weeks} weeks; production until the ship date ${shipDate} counts as supply.`,
    zh: `预测需求覆盖 ${weeks} 周；发运日期 ${shipDate} 之前的产量计入可供应量。`,
  };
}

/** Forecast gross need per country and item over `weeks`; a country without one is named in a note. */
async function forecastNets(
  database: Database,
  data: PlanData,
  opts: { date: IsoDate; weeks: number; view: boolean },
): Promise<{ gross: Map<string, Map<string, number>>; notes: Text[] }> {
  const gross = new Map<string, Map<string, number>>();
  if (!opts.view) return { gross, notes: [] };
  const missing: string[] = [];
  for (const id of data.forecastCountries) {
    try {
      const forecast = await forecastForCountry(database, id, {
        weeks: opts.weeks,
        date: opts.date,
        source: data.source ?? undefined,
      });
      gross.set(id, new Map(forecast.items.map((it) => [it.item, it.total.gross.value])));
    } catch (error) {
      if (!(error instanceof BadRequestError)) throw error;
      missing.push(id);
    }
  }
  const notes: Text[] =
    missing.length === 0
      ? []
      : [
          {
            en: `No forecast for ${missing.join(', ')} (a capacity figure is missing): their requests are not capped and their shortage is scored as missing.`,
            zh: `${missing.join('、')} 无预测（缺少能力数据）：其申请量不封顶，短缺按缺失计分。`,
          },
        ];
  return { gross, notes };
}

/** A plan input given whole (API body, web page) turned into a plan; nothing is stored. */
export async function previewAllocation(
  body: unknown,
  solver: () => Solver = sharedWorkerSolver,
): Promise<AllocationPlan> {
  const input = toPlanInput(body as PreviewInput, policyOf);
  const issues = checkPlanInput(input).map(dotted);
  if (issues.length > 0) throw new BadRequestError(issues.join('; '), fieldOf(issues[0]!));
  try {
    if (planNeedsReferenceSolver(input) === null) return planAllocation(input);
    return await planAllocationWith(input, solver());
  } catch (error) {
    if (error instanceof AllocationInputError) {
      const named = error.issues.map(dotted);
      throw new BadRequestError(named.join('; '), fieldOf(named[0]!));
    }
    throw error;
  }
}

/** The plan of the operations data as of a date (what `tongzhou allocate` prints). */
export async function planFor(
  database: Database,
  options: PlanInputOptions = {},
): Promise<{ scenario: ScenarioPlanInput; plan: AllocationPlan }> {
  const scenario = await planInputFor(database, options);
  return { scenario, plan: await previewAllocation(scenario.input) };
}

/** One factor of a policy in plain words, with its share of the weight that depends on factors. */
export interface FactorWords {
  id: string;
  enabled: boolean;
  weight: number;
  /** weight ÷ Σ enabled weights (0 when off). */
  share: number;
  label: Text;
  explain: Text;
  components: { id: string; weight: number; label: Text; explain: Text }[];
}

/** A policy with its factors in plain words and a one-sentence summary of how the weight is made. */
export function policyInWords(policy: Policy = DEFAULT_POLICY): {
  policy: Policy;
  summary: Text;
  factors: FactorWords[];
} {
  const on = policy.factors.filter((f) => f.enabled && f.weight > 0);
  const total = on.reduce((s, f) => s + f.weight, 0);
  const factors = policy.factors.map((f) => ({
    id: f.id,
    enabled: f.enabled,
    weight: f.weight,
    share: f.enabled && total > 0 ? f.weight / total : 0,
    label: f.label,
    explain: f.explain,
    components: f.components.map((c) => ({
      id: c.id,
      weight: c.weight,
      label: c.label,
      explain: c.explain,
    })),
  }));
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const base = pct(policy.baseline);
  const rest = pct(1 - policy.baseline);
  const parts = factors.filter((f) => f.share > 0);
  return {
    policy,
    summary: {
      en: `Each recipient's weight is ${base} for everyone plus ${rest} shared out by ${parts.map((f) => `${f.label.en.toLowerCase()} (${pct(f.share)})`).join(', ')}. The domestic reserve is never allocated; within each item, every line short of its need gets the same share of need per unit of weight.`,
      zh: `每个受援方的权重由人人相同的 ${base} 加上按以下因素分配的 ${rest} 组成：${parts.map((f) => `${f.label.zh}（${pct(f.share)}）`).join('、')}。国内储备从不分配；在每种物资内，所有未满足需求的行按单位权重获得相同的需求比例。`,
    },
    factors,
  };
}

/** `supply[0].stock: …` → `supply.0.stock: …` (the API names fields with dots). */
function dotted(message: string): string {
  const colon = message.indexOf(':');
  const head = colon < 0 ? message : message.slice(0, colon);
  return head.replace(/\[(\d+)\]/g, '.$1') + (colon < 0 ? '' : message.slice(colon));
}

function fieldOf(message: string): string {
  const colon = message.indexOf(':');
  return colon < 0 ? message : message.slice(0, colon);
}
