import { useCallback, useEffect, useState } from 'react';
import { api } from './api/client';
import type {
  CountriesResponse,
  MetaResponse,
  MilestonesResponse,
  SituationResponse,
  SourceId,
} from './api/types';
import { useFetch } from './api/use-fetch';
import { parseView, withView, type AppView } from './allocation/plan-url';
import { PlanningPage } from './allocation/planning-page';
import { ViewNav } from './allocation/view-nav';
import { MilestoneChart } from './charts/milestone-chart';
import { ErrorNotice, Loading } from './components/status';
import { I18nProvider } from './i18n/i18n';
import { initialLang, translate, type Lang } from './i18n/translate';
import { startsWithSeries } from './lib/attribution';
import type { MapMetric } from './lib/scales';
import { parseUrlState, serializeUrlState, type PanelTab } from './lib/url-state';
import { WorldMap } from './map/world-map';
import { ExpertsPage } from './experts/experts-page';
import { guidancePathToSearch } from './experts/experts-url';
import { OperationsPage } from './operations/operations-page';
import { ReportPage } from './report/report-page';
import { AboutData } from './situation/about-data';
import { AppHeader } from './situation/app-header';
import { CountryPanel } from './situation/country-panel';
import { CountryTable } from './situation/country-table';
import { WorldSummary } from './situation/world-summary';

const LANG_KEY = 'tongzhou.lang';

function storedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/**
 * The Atom feed links each guidance version as /guidance/ID/versions/N/LANG; the server answers those
 * paths with this app, which opens that version in the experts view.
 */
export function openFeedLink(): void {
  const search = guidancePathToSearch(window.location.pathname);
  if (search !== null) window.history.replaceState(null, '', `/${search}${window.location.hash}`);
}

/** The whole dashboard; its state (language, country, source, metric) lives in the URL. */
export function App() {
  const start = parseUrlState(window.location.search);
  const [lang, setLangState] = useState<Lang>(() =>
    initialLang(start.lang, storedLang(), navigator.languages ?? [navigator.language]),
  );
  const [country, setCountry] = useState<string | null>(start.country);
  const [source, setSource] = useState<SourceId | null>(start.source);
  const [metric, setMetric] = useState<MapMetric>(start.metric ?? 'perMillion');
  const [tab, setTab] = useState<PanelTab>(start.tab ?? 'situation');
  const [view, setView] = useState<AppView>(() => parseView(window.location.search));

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      // Private mode: the URL still remembers the language.
    }
  }, []);

  useEffect(() => {
    const search = withView(
      serializeUrlState(
        {
          lang,
          country,
          source,
          metric: metric === 'perMillion' ? null : metric,
          tab: tab === 'situation' ? null : tab,
        },
        window.location.search,
      ),
      view,
    );
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(lang, 'app.name')} · ${translate(lang, view === 'situation' ? 'map.title' : `view.${view}`)}`;
  }, [lang, country, source, metric, tab, view]);

  return (
    <I18nProvider lang={lang} setLang={setLang}>
      <Dashboard
        country={country}
        onCountry={setCountry}
        source={source}
        onSource={setSource}
        metric={metric}
        onMetric={setMetric}
        tab={tab}
        onTab={setTab}
        view={view}
        onView={setView}
      />
    </I18nProvider>
  );
}

function Dashboard(props: {
  country: string | null;
  onCountry: (iso3: string | null) => void;
  source: SourceId | null;
  onSource: (source: SourceId) => void;
  metric: MapMetric;
  onMetric: (metric: MapMetric) => void;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  view: AppView;
  onView: (view: AppView) => void;
}) {
  const meta = useFetch<MetaResponse>(api.meta());
  const metaData = meta.state.status === 'ok' ? meta.state.data : null;
  const metaSettled = meta.state.status !== 'loading';
  const source = props.source ?? metaData?.scenario?.defaultSource ?? null;
  const situation = useFetch<SituationResponse>(
    props.source || metaSettled ? api.situation(source) : null,
  );
  const milestones = useFetch<MilestonesResponse>(
    props.source || metaSettled ? api.milestones(source) : null,
  );
  const reference = useFetch<CountriesResponse>(api.countries());
  const sit = situation.state.status === 'ok' ? situation.state.data : null;
  const shownSource = sit?.source ?? source ?? 'jhu';
  const sourceName = metaData?.sources.find((s) => s.id === shownSource)?.name ?? shownSource;

  const header = (
    <AppHeader
      meta={meta.state}
      date={sit?.date ?? null}
      source={shownSource}
      onSource={props.onSource}
    />
  );
  if (props.view !== 'situation') {
    return (
      <div className="app">
        {header}
        <ViewNav view={props.view} onView={props.onView} />
        {props.view === 'plan' && <PlanningPage />}
        {props.view === 'ops' && <OperationsPage />}
        {props.view === 'experts' && <ExpertsPage />}
        {props.view === 'report' && <ReportPage />}
        <AboutData meta={metaData} />
      </div>
    );
  }

  return (
    <div className="app">
      {header}
      <ViewNav view={props.view} onView={props.onView} />
      <main className="layout">
        {meta.state.status === 'error' && (
          <ErrorNotice error={meta.state.error} what="error.meta" onRetry={meta.reload} />
        )}
        {situation.state.status === 'error' ? (
          <ErrorNotice
            error={situation.state.error}
            what="error.situation"
            onRetry={situation.reload}
          />
        ) : sit ? (
          <>
            <WorldSummary situation={sit} />
            <div className="columns">
              <div className="column-main">
                <WorldMap
                  countries={sit.countries}
                  reference={reference.state.status === 'ok' ? reference.state.data.countries : []}
                  tiers={sit.tiers}
                  metric={props.metric}
                  onMetric={props.onMetric}
                  selected={props.country}
                  onSelect={props.onCountry}
                />
                <CountryTable
                  countries={sit.countries}
                  tiers={sit.tiers}
                  selected={props.country}
                  onSelect={props.onCountry}
                />
              </div>
              <div className="column-side">
                <CountryPanel
                  iso3={props.country}
                  source={source}
                  tiers={sit.tiers}
                  tab={props.tab}
                  onTab={props.onTab}
                  onClose={() => props.onCountry(null)}
                />
                {milestones.state.status === 'ok' ? (
                  <MilestoneChart
                    data={milestones.state.data}
                    sourceName={sourceName}
                    startsWithSeries={(first) =>
                      startsWithSeries(first, metaData?.sources ?? [], shownSource)
                    }
                  />
                ) : milestones.state.status === 'error' ? (
                  <ErrorNotice
                    error={milestones.state.error}
                    what="error.milestones"
                    onRetry={milestones.reload}
                  />
                ) : (
                  <Loading />
                )}
              </div>
            </div>
          </>
        ) : (
          <Loading height={480} />
        )}
      </main>
      <AboutData meta={metaData} />
    </div>
  );
}
