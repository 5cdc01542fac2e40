import { Fragment, useEffect, useState } from 'react';
import { ApiError, getJson } from '../api/client';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { Approve, EditLine } from './batch-actions';
import { BatchCompare } from './batch-compare';
import { formatMoment } from './ops-format';
import { itemName, recipientName } from './ops-names';
import { StatusTag } from './ops-parts';
import type { Batch, Bilingual, BatchLine, BatchRow } from './ops.types';
import type { OpsNavigate } from './operations-page';

/** One batch: lines with the engine's original and reason, hand edits, compare, approval. */
export function BatchDetail(props: {
  id: string;
  compare: string | null;
  batches: readonly BatchRow[];
  names: ReadonlyMap<string, Bilingual>;
  navigate: OpsNavigate;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const [batch, setBatch] = useState<Batch | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setLoadError(null);
    getJson<Batch>(`/api/batches/${encodeURIComponent(props.id)}`, controller.signal).then(
      setBatch,
      (e: unknown) => {
        if (!controller.signal.aborted)
          setLoadError(e instanceof ApiError ? e : new ApiError(0, String(e)));
      },
    );
    return () => controller.abort();
  }, [props.id, attempt]);

  if (loadError)
    return (
      <ErrorNotice
        error={loadError}
        what="ops.error.load"
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  if (!batch || batch.id !== props.id) return <Loading />;
  const changed = (next: Batch) => {
    setBatch(next);
    props.onChanged();
  };
  const others = props.batches.filter((b) => b.id !== batch.id);

  return (
    <section
      className="card ops-batch"
      data-testid="ops-batch"
      data-batch={batch.id}
      data-status={batch.status}
    >
      <div className="card-head">
        <h2>
          {batch.title}{' '}
          <StatusTag status={batch.status} label={t(`ops.batchStatus.${batch.status}`)} />
          {batch.illustrative && <span className="ops-tag">{t('ops.illustrative')}</span>}
        </h2>
        <label className="ops-compare-pick">
          {t('ops.batch.compare')}{' '}
          <select
            data-testid="ops-compare"
            value={props.compare ?? ''}
            onChange={(e) => props.navigate({ compare: e.target.value || null })}
          >
            <option value="">{t('ops.batch.compareNone')}</option>
            {others.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title} ({t(`ops.batchStatus.${b.status}`)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="ops-note" data-testid="ops-batch-totals">
        {t('ops.batch.totals', {
          units: formatCount(batch.totals.units, lang),
          recipients: formatCount(batch.totals.recipients, lang),
          lines: formatCount(batch.lines.length, lang),
        })}
        {batch.approvedAt &&
          ` · ${t('ops.batch.approvedOn', { when: formatMoment(batch.approvedAt, lang), who: batch.approvedBy ?? '—' })}`}
      </p>
      {batch.status === 'draft' && batch.stale.length > 0 && (
        <p className="ops-warning" data-testid="ops-stale">
          {t('ops.batch.stale', { what: batch.stale.join('; ') })}
        </p>
      )}
      {props.compare && (
        <BatchCompare a={batch.id} b={props.compare} version={batch} names={props.names} />
      )}
      <div className="table-scroll">
        <table className="ops-table" data-testid="ops-batch-lines">
          <thead>
            <tr>
              <th>{t('ops.recipient')}</th>
              <th>{t('ops.item')}</th>
              <th className="num">{t('ops.batch.original')}</th>
              <th className="num">{t('ops.batch.quantity')}</th>
              <th className="num">{t('ops.batch.packs')}</th>
              <th>{t('ops.batch.reason')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {batch.lines.map((line) => (
              <Fragment key={line.id}>
                <LineRow
                  line={line}
                  recipient={recipientName(props.names, line.recipient, lang)}
                  draft={batch.status === 'draft'}
                  onEdit={() => setEditing(editing === line.id ? null : line.id)}
                />
                {editing === line.id && (
                  <tr className="ops-edit-row">
                    <td colSpan={7}>
                      <EditLine
                        batchId={batch.id}
                        line={line}
                        onSaved={(next) => {
                          setEditing(null);
                          changed(next);
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {batch.status === 'draft' && <Approve batchId={batch.id} onDone={changed} />}
      {batch.status === 'approved' && (
        <button
          type="button"
          className="button ops-primary"
          data-testid="ops-open-board"
          onClick={() => props.navigate({ tab: 'board', batch: batch.id })}
        >
          {t('ops.batch.board')}
        </button>
      )}
    </section>
  );
}

function LineRow(props: {
  line: BatchLine;
  recipient: string;
  draft: boolean;
  onEdit: () => void;
}) {
  const { t, lang } = useI18n();
  const l = props.line;
  return (
    <tr
      data-line={l.id}
      data-request-line={l.requestLineId}
      className={l.edits.length > 0 ? 'ops-edited' : ''}
    >
      <td title={l.recipient}>{props.recipient}</td>
      <td>{itemName(l.item, lang)}</td>
      <td className="num" data-testid={`bl-orig-${l.id}`}>
        {formatCount(l.proposed, lang)}
      </td>
      <td className="num ops-strong" data-testid={`bl-qty-${l.id}`}>
        {formatCount(l.quantity, lang)}
      </td>
      <td className="num">{formatCount(l.packs, lang)}</td>
      <td className="ops-reason">
        {l.reason ? l.reason[lang] || l.reason.en : '—'}
        {l.edits.map((e) => (
          <div key={e.id} className="ops-edit-note" data-testid={`bl-edit-note-${l.id}`}>
            {t('ops.batch.edited', {
              from: formatCount(e.fromQuantity, lang),
              to: formatCount(e.toQuantity, lang),
              reason: e.reason,
            })}
            <span className="ops-sub">
              {' '}
              {e.editedBy ? `${t('ops.by', { who: e.editedBy })}, ` : ''}
              {formatMoment(e.at, lang)}
            </span>
          </div>
        ))}
      </td>
      <td>
        {props.draft && (
          <button
            type="button"
            className="button ops-small"
            data-testid={`bl-edit-${l.id}`}
            onClick={props.onEdit}
          >
            {t('ops.batch.edit')}
          </button>
        )}
      </td>
    </tr>
  );
}
