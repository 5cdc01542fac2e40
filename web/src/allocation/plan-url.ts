// What the URL remembers of the planning page: the view, the chosen item and recipient, and moved sliders;
// and which query parameters belong to which view, so that leaving a view leaves none of its state behind.
import { knobsFromParam, knobsToParam, type PolicyKnobs } from './policy-knobs';

/** The app's top-level views: the situation dashboard (default), planning, operations, experts, the open report. */
export type AppView = 'situation' | 'plan' | 'ops' | 'experts' | 'report';

/** Every view, in the order the navigation shows them. */
export const APP_VIEWS: readonly AppView[] = ['situation', 'plan', 'ops', 'experts', 'report'];

/** The planning page's part of the URL (null = not set). */
export interface PlanUrlState {
  /** Item the map and table show (null = all items). */
  item: string | null;
  /** Recipient whose "why" panel is open. */
  pick: string | null;
  /** Slider positions, when they differ from the published policy. */
  knobs: PolicyKnobs | null;
  /** Ship date as whole days after the plan date (null = the API's default). */
  ship: number | null;
}

const PLAN_KEYS = ['item', 'pick', 'w', 'ship'] as const;

/**
 * The query parameters each view owns (lang and source are the whole app's). Kept here rather than
 * imported so the first chunk loads none of the other views' code; plan-url.test.ts checks the lists
 * against every view's own URL writer.
 */
export const VIEW_KEYS: Readonly<Record<AppView, readonly string[]>> = {
  situation: ['country', 'metric', 'tab'],
  plan: PLAN_KEYS,
  ops: ['ops', 'batch', 'compare', 'line', 'request', 'rq-status', 'rq-recipient', 'rq-kind'],
  experts: ['ex', 'ex-sp', 'ex-lang', 'ex-on', 'dep', 'doc', 'diff', 'doc-lang', 'ex-q'],
  report: ['grouping', 'q', 'region', 'batch', 'form', 'sort', 'colour'],
};
/** The latest ship date the page offers, in days after the plan date. */
export const MAX_SHIP_DAYS = 60;
const ID = /^[A-Za-z0-9-]{2,40}$/;

/** The view in a query string (`?view=plan`, `ops`, `experts`, `report`); anything else is the dashboard. */
export function parseView(search: string): AppView {
  const view = new URLSearchParams(search).get('view');
  return APP_VIEWS.find((v) => v === view) ?? 'situation';
}

/**
 * Writes the view into a query string (the dashboard is the default and leaves no trace). Drops the
 * parameters of the view being left (all of them, even one the next view also uses, such as the
 * operations batch id and the report's batch number) and any other view's parameters the next view does
 * not use; keeps the rest.
 */
export function withView(search: string, view: AppView): string {
  const params = new URLSearchParams(search);
  const left = parseView(search);
  const kept = new Set(VIEW_KEYS[view]);
  if (left !== view) for (const key of VIEW_KEYS[left]) kept.delete(key);
  for (const other of APP_VIEWS) {
    for (const key of VIEW_KEYS[other]) if (!kept.has(key)) params.delete(key);
  }
  if (view === 'situation') params.delete('view');
  else params.set('view', view);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads the planning page's state, ignoring values that are not ids or slider settings. */
export function parsePlanUrl(search: string): PlanUrlState {
  const params = new URLSearchParams(search);
  const id = (key: string) => {
    const value = params.get(key);
    return value && ID.test(value) ? value : null;
  };
  const ship = params.get('ship') ?? '';
  return {
    item: id('item'),
    pick: id('pick'),
    knobs: knobsFromParam(params.get('w')),
    ship: /^\d{1,2}$/.test(ship) && Number(ship) <= MAX_SHIP_DAYS ? Number(ship) : null,
  };
}

/** Writes the planning page's state into a query string, keeping unrelated parameters. */
export function serializePlanUrl(state: PlanUrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  const values: Record<(typeof PLAN_KEYS)[number], string | null> = {
    item: state.item,
    pick: state.pick,
    w: state.knobs ? knobsToParam(state.knobs) : null,
    ship: state.ship === null ? null : String(state.ship),
  };
  for (const key of PLAN_KEYS) {
    const value = values[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
