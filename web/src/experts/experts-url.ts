// What the URL remembers of the experts pages: the page, the roster filters, the open deployment, the
// guidance document, the compared versions and the search, so every screen can be shared as a link.
import { SPECIALTIES } from '../../../src/core/experts/types';

/** The experts pages: roster, teams (builder and deployments), sessions, guidance library. */
export type ExpertsTab = 'roster' | 'teams' | 'sessions' | 'guidance';

/** Every experts page, in the order the tabs show them. */
export const EXPERTS_TABS: readonly ExpertsTab[] = ['roster', 'teams', 'sessions', 'guidance'];

/** The experts view's part of the URL (null = not set). */
export interface ExpertsUrlState {
  tab: ExpertsTab;
  /** Roster filter: one specialty. */
  specialty: string | null;
  /** Roster filter: one working language (ISO 639-1). */
  language: string | null;
  /** Roster filter: available (and not deployed) on this day. */
  availableOn: string | null;
  /** The deployment whose activity log is open. */
  deployment: string | null;
  /** The guidance document that is open. */
  doc: string | null;
  /** The versions compared in "what changed" ([older, newer]). */
  versions: [number, number] | null;
  /** The language the document is read and compared in. */
  docLang: string | null;
  /** The guidance search text. */
  q: string | null;
}

/** The state of a fresh experts view: the roster, no filter. */
export const EMPTY_EXPERTS_STATE: ExpertsUrlState = {
  tab: 'roster',
  specialty: null,
  language: null,
  availableOn: null,
  deployment: null,
  doc: null,
  versions: null,
  docLang: null,
  q: null,
};

const KEYS = {
  tab: 'ex',
  specialty: 'ex-sp',
  language: 'ex-lang',
  availableOn: 'ex-on',
  deployment: 'dep',
  doc: 'doc',
  versions: 'diff',
  docLang: 'doc-lang',
  q: 'ex-q',
} as const satisfies Record<keyof ExpertsUrlState, string>;

const ID = /^[A-Za-z0-9._-]{1,80}$/;
const LANGUAGE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIFF = /^(\d{1,4})-(\d{1,4})$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

/** Reads the experts state from a query string, ignoring values that are not ids or known choices. */
export function parseExpertsUrl(search: string): ExpertsUrlState {
  const params = new URLSearchParams(search);
  const get = (key: keyof ExpertsUrlState, ok: (v: string) => boolean) => {
    const value = params.get(KEYS[key]);
    return value !== null && ok(value) ? value : null;
  };
  const diff = DIFF.exec(params.get(KEYS.versions) ?? '');
  const from = diff ? Number(diff[1]) : 0;
  const to = diff ? Number(diff[2]) : 0;
  const q = (params.get(KEYS.q) ?? '').trim().slice(0, 200);
  return {
    tab: EXPERTS_TABS.find((t) => t === params.get(KEYS.tab)) ?? 'roster',
    specialty: get('specialty', (v) => (SPECIALTIES as readonly string[]).includes(v)),
    language: get('language', (v) => LANGUAGE.test(v)),
    availableOn: get('availableOn', validDate),
    deployment: get('deployment', (v) => ID.test(v)),
    doc: get('doc', (v) => ID.test(v)),
    versions: from >= 1 && to >= 1 && from !== to ? [Math.min(from, to), Math.max(from, to)] : null,
    docLang: get('docLang', (v) => LANGUAGE.test(v)),
    q: q === '' ? null : q,
  };
}

/** Writes the experts state into a query string, keeping unrelated parameters (the roster is the default). */
export function serializeExpertsUrl(state: ExpertsUrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  for (const key of Object.keys(KEYS) as (keyof ExpertsUrlState)[]) {
    const raw = state[key];
    const value =
      key === 'tab' && raw === 'roster'
        ? null
        : Array.isArray(raw)
          ? `${raw[0]}-${raw[1]}`
          : (raw as string | null);
    if (value === null || value === '') params.delete(KEYS[key]);
    else params.set(KEYS[key], value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The experts view's query string for a guidance link of the Atom feed
 * ("/guidance/ID/versions/N/LANG"): the document open, version N compared with the one before, read in
 * LANG. Null for any other path.
 */
export function guidancePathToSearch(pathname: string): string | null {
  const match =
    /^\/guidance\/([a-z0-9][a-z0-9-]{0,79})\/versions\/(\d{1,4})(?:\/([a-z]{2}(?:-[A-Za-z]{2,4})?))?\/?$/.exec(
      pathname,
    );
  if (!match) return null;
  const version = Number(match[2]);
  const state: ExpertsUrlState = {
    ...EMPTY_EXPERTS_STATE,
    tab: 'guidance',
    doc: match[1] ?? null,
    versions: version > 1 ? [version - 1, version] : null,
    docLang: match[3] ?? null,
  };
  return serializeExpertsUrl(state, '?view=experts');
}
