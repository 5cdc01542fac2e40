import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { isConsignmentStatus } from './ops-board';
import { formatMoment } from './ops-format';
import { OpsLink } from './ops-parts';
import type { OpsUrlState } from './ops-url';
import type { Consignment, Trace } from './ops.types';
import type { OpsNavigate } from './operations-page';
import { correctedEvent, traceSteps, type TimelineStep } from './trace-steps';

/** A request line's trace as a vertical timeline: asked → agreed → allocated → shipped → received. */
export function TraceTimeline(props: { state: OpsUrlState; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const line = props.state.line;
  const trace = useFetch<Trace>(line ? `/api/trace/${encodeURIComponent(line)}` : null);
  if (!line) return <p className="card ops-note">{t('ops.trace.pick')}</p>;
  if (trace.state.status === 'error') {
    return <ErrorNotice error={trace.state.error} what="ops.error.load" onRetry={trace.reload} />;
  }
  if (trace.state.status === 'loading') return <Loading />;
  const data = trace.state.data;
  const totals = data.totals;
  const figures = [
    ['asked', totals.asked],
    ['agreed', totals.agreed],
    ['allocated', totals.allocated],
    ['shipped', totals.shipped],
    ['inTransit', totals.inTransit],
    ['received', totals.received],
    ['damaged', totals.damaged],
    ['missing', totals.missing],
    ['discrepancy', totals.discrepancy],
  ] as const;
  return (
    <section
      className="card ops-trace"
      data-testid="ops-trace"
      data-line={data.line.id}
      aria-labelledby="ops-trace-title"
    >
      <h2 id="ops-trace-title">{t('ops.trace.title')}</h2>
      <p className="ops-strong">
        {t('ops.trace.line', {
          item: data.line.itemName[lang] || data.line.item,
          recipient: data.request.recipientName[lang] || data.request.recipient,
        })}
        {data.request.via && (
          <span className="ops-sub">
            {' '}
            · {t('ops.req.via')}: {data.request.via}
          </span>
        )}
      </p>
      <p className="ops-sub">
        {data.line.id} · {data.request.title}
      </p>
      <dl className="ops-totals" data-testid="trace-totals">
        {figures.map(([key, n]) => (
          <div key={key} data-testid={`trace-total-${key}`} data-value={n}>
            <dt>{t(`ops.trace.${key}`)}</dt>
            <dd>{formatCount(n, lang)}</dd>
          </div>
        ))}
      </dl>
      <ol className="ops-timeline" data-testid="trace-timeline">
        {traceSteps(data).map((step, i) => (
          <Step key={i} step={step} navigate={props.navigate} />
        ))}
      </ol>
    </section>
  );
}

function Step(props: { step: TimelineStep; navigate: OpsNavigate }) {
  const { t, lang } = useI18n();
  const s = props.step;
  const n = (x: number | null) => formatCount(x, lang);
  if (s.step === 'pending') {
    return (
      <li className="ops-step ops-step-pending" data-step={s.what}>
        <span className="ops-step-title">{t(`ops.trace.${s.what}`)}</span>
        <span className="ops-sub">{t('ops.trace.pending')}</span>
      </li>
    );
  }
  const when = <time className="ops-sub">{formatMoment(s.at, lang)}</time>;
  switch (s.step) {
    case 'asked':
      return (
        <li className="ops-step" data-step="asked">
          <span className="ops-step-title">{t('ops.trace.asked')}</span> {when}
          <div>
            {t('ops.trace.askedDetail', { n: n(s.quantity), request: s.ref })}{' '}
            <OpsLink patch={{ tab: 'requests', request: s.ref }} navigate={props.navigate}>
              {t('ops.trace.openRequest')}
            </OpsLink>
          </div>
        </li>
      );
    case 'agreed':
      return (
        <li className="ops-step" data-step="agreed">
          <span className="ops-step-title">{t('ops.trace.agreed')}</span> {when}
          <div>
            {t('ops.trace.agreedDetail', { n: n(s.quantity) })}
            {s.by && ` · ${t('ops.by', { who: s.by })}`}
          </div>
        </li>
      );
    case 'allocated':
      return (
        <li className="ops-step" data-step="allocated" data-batch={s.batchId}>
          <span className="ops-step-title">{t('ops.trace.allocated')}</span> {when}
          <div>
            <OpsLink
              patch={{ tab: 'batches', batch: s.batchId, compare: null }}
              navigate={props.navigate}
            >
              {t('ops.trace.allocatedDetail', { n: n(s.quantity), batch: s.batch })}
            </OpsLink>
            {s.proposed !== null &&
              s.proposed !== s.quantity &&
              ` (${t('ops.trace.original', { n: n(s.proposed) })})`}
            {s.by && ` · ${t('ops.by', { who: s.by })}`}
          </div>
          {s.reason && <div className="ops-reason">{s.reason[lang] || s.reason.en}</div>}
          {s.edits.map((e) => (
            <div key={e.id} className="ops-edit-note">
              {t('ops.batch.edited', {
                from: n(e.fromQuantity),
                to: n(e.toQuantity),
                reason: e.reason,
              })}
            </div>
          ))}
        </li>
      );
    case 'shipped':
      return (
        <li className="ops-step" data-step="shipped" data-consignment={s.consignmentId}>
          <span className="ops-step-title">{t('ops.trace.shipped')}</span> {when}
          <div>
            {t('ops.trace.shippedDetail', {
              n: n(s.quantity),
              packs: n(s.packs),
              consignment: s.consignmentId,
            })}
          </div>
          <div className="ops-sub">
            {t('ops.trace.onFlight', {
              flight: s.flightNo ?? '—',
              status: isConsignmentStatus(s.status) ? t(`ops.stage.${s.status}`) : s.status,
            })}
          </div>
        </li>
      );
    case 'received':
      return (
        <li className="ops-step" data-step="received" data-consignment={s.consignmentId}>
          <span className="ops-step-title">{t('ops.trace.received')}</span> {when}
          <div
            data-testid={`trace-receipt-${s.consignmentId}`}
            data-received={s.received}
            data-damaged={s.damaged}
            data-missing={s.missing}
          >
            {t('ops.trace.receivedDetail', {
              received: n(s.received),
              shipped: n(s.shipped),
              damaged: n(s.damaged),
              missing: n(s.missing),
            })}
          </div>
          {s.signedBy && (
            <div className="ops-sub">{t('ops.trace.signed', { who: s.signedBy })}</div>
          )}
        </li>
      );
    case 'correction':
      return <CorrectionStep step={s} />;
  }
}

/** A correction: which event of its consignment it corrects (read from the consignment's log) and why. */
function CorrectionStep(props: { step: Extract<TimelineStep, { step: 'correction' }> }) {
  const { t, lang } = useI18n();
  const s = props.step;
  const log = useFetch<Consignment>(`/api/consignments/${encodeURIComponent(s.consignmentId)}`);
  // Without the log (still loading, or not readable) the step still names the consignment.
  const target = log.state.status === 'ok' ? correctedEvent(s, log.state.data.events) : null;
  return (
    <li
      className="ops-step"
      data-step="correction"
      data-consignment={s.consignmentId}
      data-corrects={target?.id}
    >
      <span className="ops-step-title">{t('ops.trace.correction')}</span>{' '}
      <time className="ops-sub">{formatMoment(s.at, lang)}</time>
      <div>
        {target
          ? t('ops.trace.correctionOf', {
              step: t(`ops.stage.${target.kind}`),
              seq: target.seq,
              consignment: s.consignmentId,
            })
          : t('ops.trace.correctionOfConsignment', { consignment: s.consignmentId })}
      </div>
      <div className="ops-reason">{t('ops.trace.correctionWhy', { reason: s.reason })}</div>
    </li>
  );
}
