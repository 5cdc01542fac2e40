import { useEffect, useRef, useState, type FormEvent } from 'react';
import { query, sendJson } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { ConsignmentCard } from './consignment-card';
import { groupByFlight } from './ops-board';
import { formatLoad, formatMoment } from './ops-format';
import { LoadBar, SendError } from './ops-parts';
import type { OpsUrlState } from './ops-url';
import { EMPTY_SHIPPING, shippingBody, type ShippingDraft } from './shipping-form';
import type { BatchRow, Consignment } from './ops.types';
import type { OpsNavigate } from './operations-page';

/** The consignments board: an approved batch's consignments by flight, loads as bars, events posted from each card. */
export function ConsignmentsBoard(props: { state: OpsUrlState; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const { state, navigate } = props;
  const approved = useFetch<{ batches: BatchRow[] }>('/api/batches?status=approved');
  const batches = approved.state.status === 'ok' ? approved.state.data.batches : [];
  const batch = batches.find((b) => b.id === state.batch) ?? null;
  // Without an approved batch chosen, the board opens on the newest one (the API lists newest first).
  const newest = batches[0]?.id ?? null;
  useEffect(() => {
    if (!batch && newest && approved.state.status === 'ok') navigate({ batch: newest });
  }, [batch, newest, approved.state.status, navigate]);
  const list = useFetch<{ consignments: Consignment[] }>(
    batch ? `/api/consignments${query({ batch: batch.id })}` : null,
  );
  // Keep the last board on screen while it reloads after an event.
  const shown = useRef<{ batch: string; consignments: Consignment[] } | null>(null);
  if (list.state.status === 'ok' && batch)
    shown.current = { batch: batch.id, consignments: list.state.data.consignments };
  const consignments =
    shown.current && shown.current.batch === batch?.id ? shown.current.consignments : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [shipping, setShipping] = useState<ShippingDraft>(EMPTY_SHIPPING);

  const ship = async (event: FormEvent) => {
    event.preventDefault();
    if (!batch) return;
    setBusy(true);
    setError(null);
    try {
      await sendJson(
        'POST',
        `/api/batches/${encodeURIComponent(batch.id)}/consignments`,
        shippingBody(shipping),
      );
      list.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ops-section" aria-labelledby="ops-board-title">
      <div className="card ops-board-head">
        <h2 id="ops-board-title">{t('ops.board.title')}</h2>
        <label>
          {t('ops.board.batch')}{' '}
          <select
            data-testid="ops-board-batch"
            value={batch?.id ?? ''}
            onChange={(e) => navigate({ batch: e.target.value || null })}
          >
            <option value="">—</option>
            {batches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title} · {formatMoment(b.approvedAt, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {approved.state.status === 'error' && (
        <ErrorNotice error={approved.state.error} what="ops.error.load" onRetry={approved.reload} />
      )}
      {!batch ? (
        approved.state.status === 'loading' ? (
          <Loading />
        ) : (
          <p className="card ops-note">{t('ops.board.choose')}</p>
        )
      ) : list.state.status === 'error' ? (
        <ErrorNotice error={list.state.error} what="ops.error.load" onRetry={list.reload} />
      ) : consignments === null ? (
        <Loading />
      ) : consignments.length === 0 ? (
        <form className="card ops-form" onSubmit={(e) => void ship(e)} data-testid="ops-ship-form">
          <p className="ops-note ops-grow-full">{t('ops.board.empty')}</p>
          {(
            [
              ['payloadKg', 'ops.ship.payload'],
              ['volumeM3', 'ops.ship.volume'],
              ['origin', 'ops.ship.origin'],
            ] as const
          ).map(([key, label]) => (
            <label key={key}>
              {t(label)}
              <input
                data-testid={`ship-${key}`}
                value={shipping[key]}
                placeholder={t('ops.ship.default')}
                onChange={(e) => setShipping({ ...shipping, [key]: e.target.value })}
              />
            </label>
          ))}
          <label>
            {t('ops.ship.departsOn')}
            <input
              type="date"
              data-testid="ship-departsOn"
              value={shipping.departsOn}
              onChange={(e) => setShipping({ ...shipping, departsOn: e.target.value })}
            />
          </label>
          <button
            type="submit"
            className="button ops-primary"
            disabled={busy}
            data-testid="ops-ship"
          >
            {busy ? t('ops.batch.shipping') : t('ops.batch.ship')}
          </button>
          {error !== null && <SendError error={error} />}
        </form>
      ) : (
        <div className="ops-flights" data-testid="ops-board">
          {groupByFlight(consignments).map((g) => (
            <article
              key={g.flightId}
              className="card ops-flight"
              data-testid={`flight-${g.flightId}`}
            >
              <header className="ops-flight-head">
                <h3>{t('ops.board.flight', { no: g.flight?.flightNo ?? g.flightId })}</h3>
                {g.flight && (
                  <span className="ops-sub">
                    {t(`ops.board.flightKind.${g.flight.kind}`)} ·{' '}
                    {t('ops.board.from', { origin: g.flight.origin })}
                    {g.flight.departsOn && ` · ${formatMoment(g.flight.departsOn, lang)}`}
                  </span>
                )}
              </header>
              <LoadBar
                label={t('ops.board.weight')}
                share={g.weightShare}
                text={formatLoad(g.weightKg, g.flight?.payloadKg ?? null, 'kg', lang)}
                testId={`load-kg-${g.flightId}`}
              />
              <LoadBar
                label={t('ops.board.volume')}
                share={g.volumeShare}
                text={formatLoad(g.volumeM3, g.flight?.volumeM3 ?? null, 'm³', lang)}
                testId={`load-m3-${g.flightId}`}
              />
              {g.consignments.map((c) => (
                <ConsignmentCard
                  key={c.id}
                  consignment={c}
                  navigate={navigate}
                  onPosted={list.reload}
                />
              ))}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
