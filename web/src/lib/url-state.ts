import type { SourceId } from '../api/types';
import { parseLang, type Lang } from '../i18n/translate';
import type { MapMetric } from './scales';

/** The tabs of the country panel; the situation is the default. */
export type PanelTab = 'situation' | 'forecast';

/** What the URL remembers: language, country, source, map metric and panel tab (null = default). */
export interface UrlState {
  lang: Lang | null;
  country: string | null;
  source: SourceId | null;
  metric: MapMetric | null;
  tab: Exclude<PanelTab, 'situation'> | null;
}

/** Reads the dashboard state from a query string, ignoring values it does not understand. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const country = params.get('country')?.trim().toUpperCase() ?? '';
  const source = params.get('source');
  const metric = params.get('metric');
  const tab = params.get('tab');
  return {
    lang: parseLang(params.get('lang')),
    country: /^[A-Z]{3}$/.test(country) ? country : null,
    source: source === 'jhu' || source === 'owid' ? source : null,
    metric: metric === 'perMillion' || metric === 'doubling' ? metric : null,
    tab: tab === 'forecast' ? tab : null,
  };
}

/** Writes the state into a query string, keeping unrelated parameters and dropping empty ones. */
export function serializeUrlState(state: UrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  const entries: [keyof UrlState, string | null][] = [
    ['lang', state.lang],
    ['country', state.country],
    ['source', state.source],
    ['metric', state.metric],
    ['tab', state.tab],
  ];
  for (const [key, value] of entries) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
