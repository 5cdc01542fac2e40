import { useState, type FormEvent } from 'react';
import { sendJson } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { BatchDetail } from './batch-detail';
import { openForPlanning } from './batch-scope';
import { formatMoment } from './ops-format';
import { recipientNames } from './ops-names';
import { SendError, StatusTag } from './ops-parts';
import type { OpsUrlState } from './ops-url';
import type { AidRequest, Batch, BatchRow } from './ops.types';
import type { OpsNavigate } from './operations-page';

/** The batch planner: the batches so far, a new draft from the engine, and the chosen batch. */
export function BatchPlanner(props: { state: OpsUrlState; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const { state, navigate } = props;
  const list = useFetch<{ batches: BatchRow[] }>('/api/batches');
  const batches = list.state.status === 'ok' ? list.state.data.batches : [];
  const requests = useFetch<{ requests: AidRequest[] }>('/api/requests');
  const all = requests.state.status === 'ok' ? requests.state.data.requests : null;
  const names = recipientNames(all ?? []);
  return (
    <div className="ops-columns">
      <aside className="ops-side">
        <section className="card" aria-labelledby="ops-batches-title">
          <h2 id="ops-batches-title" className="ops-h">
            {t('ops.batch.list')}
          </h2>
          {list.state.status === 'error' ? (
            <ErrorNotice error={list.state.error} what="ops.error.load" onRetry={list.reload} />
          ) : list.state.status === 'loading' ? (
            <Loading height={80} />
          ) : (
            <ul className="ops-batch-list" data-testid="ops-batch-list">
              {batches.map((b) => (
                <li key={b.id}>
                  <button
                    type="button"
                    className={state.batch === b.id ? 'active' : ''}
                    aria-current={state.batch === b.id ? 'true' : undefined}
                    data-testid={`batch-${b.id}`}
                    onClick={() => navigate({ batch: b.id, compare: null })}
                  >
                    <span className="ops-strong">{b.title}</span>{' '}
                    <StatusTag status={b.status} label={t(`ops.batchStatus.${b.status}`)} />
                    <span className="ops-sub">
                      {formatMoment(b.approvedAt ?? b.createdAt, lang)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <NewDraft
          batches={batches}
          requests={all}
          onDrafted={(batch) => {
            list.reload();
            navigate({ batch: batch.id, compare: null });
          }}
        />
      </aside>
      <div className="ops-main">
        {state.batch ? (
          <BatchDetail
            id={state.batch}
            compare={state.compare}
            batches={batches}
            names={names}
            navigate={navigate}
            onChanged={() => {
              list.reload();
              requests.reload();
            }}
          />
        ) : (
          <p className="card ops-note">{t('ops.batch.newHint')}</p>
        )}
      </div>
    </div>
  );
}

function NewDraft(props: {
  batches: readonly BatchRow[];
  requests: readonly AidRequest[] | null;
  onDrafted: (batch: Batch) => void;
}) {
  const { t } = useI18n();
  const open = openForPlanning(props.requests ?? []);
  const next = Math.max(0, ...props.batches.map((b) => b.number ?? 0)) + 1;
  const [title, setTitle] = useState<string | null>(null);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inScope = open.filter((r) => !left.has(r.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const batch = await sendJson<Batch>('POST', '/api/batches', {
        title: title ?? t('ops.batch.defaultTitle', { n: next }),
        number: next,
        ...(left.size > 0 ? { requests: inScope.map((r) => r.id) } : {}),
      });
      setTitle(null);
      setLeft(new Set());
      props.onDrafted(batch);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card ops-new" aria-labelledby="ops-new-title">
      <h2 id="ops-new-title" className="ops-h">
        {t('ops.batch.new')}
      </h2>
      <p className="ops-note">{t('ops.batch.newHint')}</p>
      {open.length === 0 && props.requests !== null ? (
        <p className="ops-note">{t('ops.batch.noOpen')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} data-testid="ops-new-draft">
          <label className="ops-field-row">
            {t('ops.batch.titleField')}
            <input
              data-testid="ops-new-title"
              value={title ?? t('ops.batch.defaultTitle', { n: next })}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
          <fieldset className="ops-scope">
            <legend>{t('ops.batch.scope', { n: inScope.length, total: open.length })}</legend>
            {open.map((r) => (
              <label key={r.id} className="ops-check">
                <input
                  type="checkbox"
                  checked={!left.has(r.id)}
                  onChange={(e) => {
                    const nextLeft = new Set(left);
                    if (e.target.checked) nextLeft.delete(r.id);
                    else nextLeft.add(r.id);
                    setLeft(nextLeft);
                  }}
                />
                {r.title} <span className="ops-sub">({r.recipient})</span>
              </label>
            ))}
          </fieldset>
          <button
            type="submit"
            className="button ops-primary"
            disabled={busy || inScope.length === 0}
            data-testid="ops-draft"
          >
            {busy ? t('ops.batch.drafting') : t('ops.batch.draft')}
          </button>
          {error !== null && <SendError error={error} />}
        </form>
      )}
    </section>
  );
}
