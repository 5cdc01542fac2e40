import { query } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { inboxOrder } from './batch-scope';
import { formatMoment } from './ops-format';
import { itemName, recipientName, recipientNames } from './ops-names';
import { OpsLink, StatusTag } from './ops-parts';
import type { OpsUrlState } from './ops-url';
import { REQUEST_KINDS, REQUEST_STATUSES, type AidRequest } from './ops.types';
import type { OpsNavigate } from './operations-page';

const sum = (values: readonly (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);

/** The requests inbox: filter by status, recipient and form of aid; open a request's lines and their traces. */
export function RequestsInbox(props: { state: OpsUrlState; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const { state, navigate } = props;
  const all = useFetch<{ requests: AidRequest[] }>('/api/requests');
  const filtered = useFetch<{ requests: AidRequest[] }>(
    `/api/requests${query({ status: state.status, recipient: state.recipient, kind: state.kind })}`,
  );
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
      ) : filtered.state.status === 'loading' ? (
        <Loading />
      ) : (
        <>
          <p className="ops-note" data-testid="ops-req-count">
            {t('ops.req.count', { n: formatCount(filtered.state.data.requests.length, lang) })}
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
              {inboxOrder(filtered.state.data.requests).map((r) => (
                <RequestRows
                  key={r.id}
                  request={r}
                  open={state.request === r.id}
                  onToggle={() => navigate({ request: state.request === r.id ? null : r.id })}
                  navigate={navigate}
                />
              ))}
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function RequestRows(props: {
  request: AidRequest;
  open: boolean;
  onToggle: () => void;
  navigate: OpsNavigate;
}) {
  const { t, lang } = useI18n();
  const r = props.request;
  const asked = sum(r.lines.map((l) => l.asked));
  const agreed = sum(r.lines.map((l) => l.agreed));
  return (
    <tbody data-request={r.id} className={props.open ? 'ops-open' : ''}>
      <tr>
        <td>
          <div className="ops-strong">{r.title}</div>
          <div className="ops-sub">
            {r.id}
            {r.basis === 'illustrative' && <span className="ops-tag">{t('ops.illustrative')}</span>}
          </div>
          {r.declineReason && (
            <div className="ops-declined">{t('ops.req.declined', { reason: r.declineReason })}</div>
          )}
        </td>
        <td>
          {r.recipientName[lang] || r.recipient}
          {r.via && (
            <div className="ops-sub" data-testid={`via-${r.id}`}>
              {t('ops.req.via')}: {r.via}
            </div>
          )}
        </td>
        <td>{t(`ops.reqKind.${r.kind}`)}</td>
        <td>
          <StatusTag status={r.status} label={t(`ops.reqStatus.${r.status}`)} />
        </td>
        <td>{formatMoment(r.submittedOn, lang)}</td>
        <td>
          {r.agreedOn ? formatMoment(r.agreedOn, lang) : '—'}
          {r.agreedBy && <div className="ops-sub">{t('ops.by', { who: r.agreedBy })}</div>}
        </td>
        <td className="num">
          {r.amountUsd !== null
            ? t('ops.req.amount', { n: formatCount(r.amountUsd, lang) })
            : r.lines.length > 0
              ? `${formatCount(asked, lang)} → ${formatCount(agreed, lang)}`
              : '—'}
        </td>
        <td>
          <button
            type="button"
            className="button ops-small"
            aria-expanded={props.open}
            data-testid={`open-${r.id}`}
            onClick={props.onToggle}
          >
            {props.open ? t('ops.req.close') : t('ops.req.open')}
          </button>
        </td>
      </tr>
      {props.open && (
        <tr className="ops-lines-row">
          <td colSpan={8}>
            {r.lines.length === 0 ? (
              <p className="ops-note">{r.description || t('ops.req.noLines')}</p>
            ) : (
              <table
                className="ops-table ops-inner"
                aria-label={t('ops.req.lines', { title: r.title })}
              >
                <thead>
                  <tr>
                    <th>{t('ops.item')}</th>
                    <th className="num">{t('ops.line.asked')}</th>
                    <th className="num">{t('ops.line.agreed')}</th>
                    <th className="num">{t('ops.line.allocated')}</th>
                    <th className="num">{t('ops.line.remaining')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {r.lines.map((l) => (
                    <tr key={l.id} data-line={l.id}>
                      <td>{itemName(l.item, lang)}</td>
                      <td className="num">{formatCount(l.asked, lang)}</td>
                      <td className="num">{formatCount(l.agreed, lang)}</td>
                      <td className="num">{formatCount(l.allocated, lang)}</td>
                      <td className="num">{formatCount(l.remaining, lang)}</td>
                      <td>
                        <OpsLink
                          patch={{ tab: 'trace', line: l.id }}
                          navigate={props.navigate}
                          testId={`trace-link-${l.id}`}
                        >
                          {t('ops.line.trace')}
                        </OpsLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </td>
        </tr>
      )}
    </tbody>
  );
}
