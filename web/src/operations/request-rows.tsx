import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { formatMoment } from './ops-format';
import { itemName } from './ops-names';
import { OpsLink, StatusTag } from './ops-parts';
import { RequestActions } from './request-action-forms';
import type { AidRequest } from './ops.types';
import type { OpsNavigate } from './operations-page';

const sum = (values: readonly (number | null)[]) =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);

/** One request in the inbox: its row and, when open, its actions and its lines with their traces. */
export function RequestRows(props: {
  request: AidRequest;
  open: boolean;
  onToggle: () => void;
  navigate: OpsNavigate;
  /** Set for roles that may agree or decline: called after a change. */
  onChanged: (() => void) | null;
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
            <div className="ops-declined" data-testid={`declined-${r.id}`}>
              {t('ops.req.declined', { reason: r.declineReason })}
            </div>
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
            {props.onChanged && <RequestActions request={r} onChanged={props.onChanged} />}
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
                      <td className="num" data-testid={`line-agreed-${l.id}`}>
                        {formatCount(l.agreed, lang)}
                      </td>
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
