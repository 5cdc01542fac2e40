import { useRef } from 'react';
import { useSession } from '../access/use-session';
import { query } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { inboxOrder } from './batch-scope';
import { recipientName, recipientNames } from './ops-names';
import { hasPermission } from './ops-session';
import { RequestRows } from './request-rows';
import type { OpsUrlState } from './ops-url';
import { REQUEST_KINDS, REQUEST_STATUSES, type AidRequest } from './ops.types';
import type { OpsNavigate } from './operations-page';

/**
 * The requests inbox: filter by status, recipient and form of aid; open a request's lines and their
 * traces; agree or decline it (roles that may write requests).
 */
export function RequestsInbox(props: { state: OpsUrlState; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const { state, navigate } = props;
  const canWrite = hasPermission(useSession(), 'requests:write');
  const all = useFetch<{ requests: AidRequest[] }>('/api/requests');
  const filtered = useFetch<{ requests: AidRequest[] }>(
    `/api/requests${query({ status: state.status, recipient: state.recipient, kind: state.kind })}`,
  );
  // Keep the last list on screen while it reloads after an action, so the open row and its notice stay.
  const shown = useRef<AidRequest[] | null>(null);
  if (filtered.state.status === 'ok') shown.current = filtered.state.data.requests;
  const changed = () => {
    all.reload();
    filtered.reload();
  };
  const everyone = all.state.status === 'ok' ? all.state.data.requests : [];
  const names = recipientNames(everyone);
  const recipients = [...names.keys()].sort((a, b) =>
    recipientName(names, a, lang).localeCompare(recipientName(names, b, lang), lang),
  );

  return (
    <section className="card ops-section" aria-labelledby="ops-req-title">
      <div className="card-head">
        <h2 id="ops-req-title">{t('ops.req.title')}</h2>
        <div className="ops-filters">
          <label>
            {t('ops.status')}{' '}
            <select
              data-testid="ops-filter-status"
              value={state.status ?? ''}
              onChange={(e) =>
                navigate({ status: REQUEST_STATUSES.find((s) => s === e.target.value) ?? null })
              }
            >
              <option value="">{t('ops.all')}</option>
              {REQUEST_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`ops.reqStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ops.recipient')}{' '}
            <select
              data-testid="ops-filter-recipient"
              value={state.recipient ?? ''}
              onChange={(e) => navigate({ recipient: e.target.value || null })}
            >
              <option value="">{t('ops.all')}</option>
              {recipients.map((r) => (
                <option key={r} value={r}>
                  {recipientName(names, r, lang)} ({r})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ops.kind')}{' '}
            <select
              data-testid="ops-filter-kind"
              value={state.kind ?? ''}
              onChange={(e) =>
                navigate({ kind: REQUEST_KINDS.find((k) => k === e.target.value) ?? null })
              }
            >
              <option value="">{t('ops.all')}</option>
              {REQUEST_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`ops.reqKind.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {filtered.state.status === 'error' ? (
        <ErrorNotice error={filtered.state.error} what="ops.error.load" onRetry={filtered.reload} />
      ) : shown.current === null ? (
        <Loading />
      ) : (
        <>
          <p className="ops-note" data-testid="ops-req-count">
            {t('ops.req.count', { n: formatCount(shown.current.length, lang) })}
          </p>
          <div className="table-scroll">
            <table className="ops-table" data-testid="ops-requests">
              <thead>
                <tr>
                  <th>{t('ops.req.request')}</th>
                  <th>{t('ops.recipient')}</th>
                  <th>{t('ops.kind')}</th>
                  <th>{t('ops.status')}</th>
                  <th>{t('ops.req.submitted')}</th>
                  <th>{t('ops.req.agreed')}</th>
                  <th className="num">{t('ops.req.askedAgreed')}</th>
                  <th />
                </tr>
              </thead>
              {inboxOrder(shown.current).map((r) => (
                <RequestRows
                  key={r.id}
                  request={r}
                  open={state.request === r.id}
                  onToggle={() => navigate({ request: state.request === r.id ? null : r.id })}
                  navigate={navigate}
                  onChanged={canWrite ? changed : null}
                />
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
