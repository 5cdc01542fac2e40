// The dashboard's situation view (the default ?view): its own chunk, so the other views load no map.
import type {
  CountriesResponse,
  MilestonesResponse,
  SituationResponse,
  SourceId,
} from '../api/types';
import type { FetchState } from '../api/use-fetch';
import { MilestoneChart } from '../charts/milestone-chart';
import { ErrorNotice, Loading } from '../components/status';
import type { MapMetric } from '../lib/scales';
import type { PanelTab } from '../lib/url-state';
import { WorldMap } from '../map/world-map';
import { CountryPanel } from './country-panel';
import { CountryTable } from './country-table';
import { WorldSummary } from './world-summary';

/** A fetch's state with its retry, as useFetch gives it. */
interface Fetched<T> {
  state: FetchState<T>;
  reload: () => void;
}

/** The situation: world figures, the map and table of countries, a country's panel, the milestones. */
export function SituationView(props: {
  situation: Fetched<SituationResponse>;
  milestones: Fetched<MilestonesResponse>;
  reference: FetchState<CountriesResponse>;
  source: SourceId | null;
  sourceName: string;
  startsWithSeries: (firstCase: string | null) => boolean;
  country: string | null;
  onCountry: (iso3: string | null) => void;
  metric: MapMetric;
  onMetric: (metric: MapMetric) => void;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
}) {
  const { situation, milestones } = props;
  const sit = situation.state.status === 'ok' ? situation.state.data : null;
  if (situation.state.status === 'error') {
    return (
      <ErrorNotice
        error={situation.state.error}
        what="error.situation"
        onRetry={situation.reload}
      />
    );
  }
  if (!sit) return <Loading height={480} />;
  return (
    <>
      <WorldSummary situation={sit} />
      <div className="columns">
        <div className="column-main">
          <WorldMap
            countries={sit.countries}
            reference={props.reference.status === 'ok' ? props.reference.data.countries : []}
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
            source={props.source}
            tiers={sit.tiers}
            tab={props.tab}
            onTab={props.onTab}
            onClose={() => props.onCountry(null)}
          />
          {milestones.state.status === 'ok' ? (
            <MilestoneChart
              data={milestones.state.data}
              sourceName={props.sourceName}
              startsWithSeries={props.startsWithSeries}
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
  );
}
