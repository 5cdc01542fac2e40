import { Component, lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from './api/client';
import type {
  CountriesResponse,
  MetaResponse,
  MilestonesResponse,
  SituationResponse,
  SourceId,
} from './api/types';
import { useFetch } from './api/use-fetch';
import { parseView, withView, type AppView } from './allocation/plan-url';
import { ViewNav } from './allocation/view-nav';
import { ErrorNotice, Loading } from './components/status';
import { I18nProvider } from './i18n/i18n';
import { initialLang, translate, type Lang } from './i18n/translate';
import { startsWithSeries } from './lib/attribution';
import type { MapMetric } from './lib/scales';
import { parseUrlState, serializeUrlState, type PanelTab } from './lib/url-state';
import { guidancePathToSearch } from './experts/experts-url';
import { AboutData } from './situation/about-data';
import { AppHeader } from './situation/app-header';

// Each view is its own chunk, fetched when first opened: the first view loads only its own code and data.
const SituationView = lazy(() =>
  import('./situation/situation-view').then((m) => ({ default: m.SituationView })),
);
const PlanningPage = lazy(() =>
  import('./allocation/planning-page').then((m) => ({ default: m.PlanningPage })),
);
const OperationsPage = lazy(() =>
  import('./operations/operations-page').then((m) => ({ default: m.OperationsPage })),
);
const ExpertsPage = lazy(() =>
  import('./experts/experts-page').then((m) => ({ default: m.ExpertsPage })),
);
const ReportPage = lazy(() =>
  import('./report/report-page').then((m) => ({ default: m.ReportPage })),
);

/**
 * Shows a view once its chunk has loaded, a loading line meanwhile. If it fails, says so with a retry
 * that reloads the page: a chunk that could not be fetched (a TypeError in every browser) is reported
 * as the server being unreachable, anything else by its message.
 */
class ViewLoader extends Component<{ children: ReactNode }, { error: ApiError | null }> {
  override state: { error: ApiError | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: ApiError } {
    const message = error instanceof Error ? error.message : String(error);
    return { error: new ApiError(error instanceof TypeError ? 0 : 500, message) };
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorNotice
          error={this.state.error}
          what="error.title"
          onRetry={() => window.location.reload()}
        />
      );
    }
    return <Suspense fallback={<Loading height={480} />}>{this.props.children}</Suspense>;
  }
}

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
        <ViewLoader key={props.view}>
          {props.view === 'plan' && <PlanningPage />}
          {props.view === 'ops' && <OperationsPage />}
          {props.view === 'experts' && <ExpertsPage />}
          {props.view === 'report' && <ReportPage />}
        </ViewLoader>
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
        <ViewLoader key="situation">
          <SituationView
            situation={situation}
            milestones={milestones}
            reference={reference.state}
            source={source}
            sourceName={sourceName}
            startsWithSeries={(first) =>
              startsWithSeries(first, metaData?.sources ?? [], shownSource)
            }
            country={props.country}
            onCountry={props.onCountry}
            metric={props.metric}
            onMetric={props.onMetric}
            tab={props.tab}
            onTab={props.onTab}
          />
        </ViewLoader>
      </main>
      <AboutData meta={metaData} />
    </div>
  );
}
