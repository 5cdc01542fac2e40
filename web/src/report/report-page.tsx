import { useCallback, useEffect, useState } from 'react';
import type { Report } from '../../../src/core/reporting';
import { api, query } from '../api/client';
import type { CountriesResponse } from '../api/types';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading, Segmented } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { OpenData } from './open-data';
import { OrganisationList, RecipientMap } from './recipient-map';
import type { RecipientFilter } from './recipient-rows';
import { RecipientTable } from './recipient-table';
import { ItemChart, RegionChart, WeekChart } from './report-charts';
import { ReportFigures } from './report-figures';
import {
  parseReportUrl,
  REPORT_GROUPINGS,
  serializeReportUrl,
  withoutReportUrl,
  type ReportUrlState,
} from './report-url';

const DEFAULT_SORT = { key: 'value', desc: true } as const;

/** The public open report: headline, map, charts, filterable table and open data, all kept in the URL. */
export function ReportPage() {
  const { t, lang } = useI18n();
  const [state, setState] = useState<ReportUrlState>(() => parseReportUrl(window.location.search));
  const grouping = state.grouping ?? 'seed-2020';
  const report = useFetch<Report>(`/api/report${query({ grouping })}`);
  const countries = useFetch<CountriesResponse>(api.countries());
  const update = useCallback(
    (patch: Partial<ReportUrlState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );

  useEffect(() => {
    const search = serializeReportUrl(state, window.location.search);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }, [state]);
  useEffect(
    () => () => {
      const search = withoutReportUrl(window.location.search);
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    },
    [],
  );

  const printed = printedUrl(state, lang);
  const filter: RecipientFilter = {
    q: state.q,
    region: state.region,
    batch: state.batch,
    form: state.form,
  };
  const data = report.state.status === 'ok' ? report.state.data : null;

  return (
    <main className="layout rep-page" data-testid="report-page">
      <div className="rep-toolbar rep-no-print">
        <Segmented
          label={t('report.grouping')}
          value={grouping}
          options={REPORT_GROUPINGS.map((g) => ({ value: g, label: t(`report.grouping.${g}`) }))}
          onChange={(g) => update({ grouping: g === 'seed-2020' ? null : g, region: null })}
        />
        <button type="button" className="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      {report.state.status === 'error' ? (
        <ErrorNotice error={report.state.error} what="report.error" onRetry={report.reload} />
      ) : data === null ? (
        <Loading height={480} />
      ) : (
        <>
          <ReportFigures report={data} />
          <div className="rep-map-row">
            <RecipientMap
              report={data}
              reference={countries.state.status === 'ok' ? countries.state.data.countries : []}
              colouring={state.colour ?? 'value'}
              onColouring={(c) => update({ colour: c === 'value' ? null : c })}
            />
            <OrganisationList report={data} />
          </div>
          <div className="rep-charts">
            <div className="rep-chart-column">
              <RegionChart report={data} />
              <WeekChart report={data} />
            </div>
            <ItemChart report={data} />
          </div>
          <RecipientTable
            report={data}
            filter={filter}
            onFilter={(f) => update(f)}
            sort={state.sort ?? DEFAULT_SORT}
            onSort={(sort) => update({ sort })}
          />
          <OpenData report={data} />
        </>
      )}
      <p className="rep-print-url" data-testid="rep-print-url">
        {t('report.printedFrom')} {printed}
      </p>
    </main>
  );
}

/** The address this page is shared and printed under: its state and language in the query string. */
function printedUrl(state: ReportUrlState, lang: string): string {
  const params = new URLSearchParams(window.location.search);
  params.set('view', 'report');
  params.set('lang', lang);
  return `${window.location.origin}${window.location.pathname}${serializeReportUrl(state, params.toString())}`;
}
