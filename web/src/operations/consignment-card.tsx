import { useState } from 'react';
import { useSession } from '../access/use-session';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { EventForm, type PostedEvent } from './event-form';
import { EventLog } from './event-log';
import { isConsignmentStatus, latestStep, nextStage } from './ops-board';
import { formatMoment, formatVolume } from './ops-format';
import { itemName } from './ops-names';
import { OpsLink, StatusTag } from './ops-parts';
import { hasPermission } from './ops-session';
import type { Consignment } from './ops.types';
import type { OpsNavigate } from './operations-page';

/** ISO 639-3 codes of quotation languages as BCP 47 tags for the lang attribute. */
const LANG_TAGS: Record<string, string> = {
  eng: 'en',
  zho: 'zh',
  ita: 'it',
  urd: 'ur',
  fra: 'fr',
  spa: 'es',
  srp: 'sr',
  fas: 'fa',
  ara: 'ar',
  khm: 'km',
  deu: 'de',
  por: 'pt',
  rus: 'ru',
  jpn: 'ja',
  kor: 'ko',
};

/**
 * One consignment on the board: status from its latest event, marks, lines with receipt, the event log
 * (with corrections) and the event form.
 */
export function ConsignmentCard(props: {
  consignment: Consignment;
  navigate: OpsNavigate;
  onPosted: () => void;
}) {
  const { t, lang } = useI18n();
  const c = props.consignment;
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canCorrect = hasPermission(useSession(), 'consignments:events');
  const latest = latestStep(c);
  const status = isConsignmentStatus(c.view.status) ? c.view.status : 'planned';
  const q = c.marks.quotation;
  const receipt = new Map((c.view.receipt ?? []).map((r) => [r.lineId, r]));
  const stepLabel = (kind: string) =>
    kind === 'note' || kind === 'correction' || (isConsignmentStatus(kind) && kind !== 'planned')
      ? t(`ops.stage.${kind}`)
      : kind;
  const posted = (p: PostedEvent) => {
    setNotice(
      p.replayed
        ? t('ops.event.replayed')
        : t('ops.event.posted', { step: stepLabel(p.event.kind) }),
    );
    props.onPosted();
  };

  return (
    <div
      className="ops-consignment"
      data-testid={`cons-${c.id}`}
      data-recipient={c.recipient}
      data-status={status}
    >
      <div className="ops-cons-head">
        <span className="ops-strong">{c.recipientName[lang] || c.recipient}</span>
        {c.consignee !== c.recipient && (
          <span className="ops-sub"> {t('ops.board.consignee', { who: c.consignee })}</span>
        )}
        <StatusTag status={status} label={t(`ops.stage.${status}`)} />
        {latest && (
          <span className="ops-sub" data-testid={`cons-latest-${c.id}`}>
            {t('ops.board.latest', {
              step: t(`ops.stage.${latest.kind}`),
              when: formatMoment(latest.at, lang),
            })}
          </span>
        )}
        <span className="ops-sub">
          {formatCount(c.weightKg, lang)} kg · {formatVolume(c.volumeM3, lang)} m³
        </span>
      </div>
      <div className="ops-marks" aria-label={t('ops.board.marks')}>
        <span className="ops-mark-label" lang="zh">
          {c.marks.label.zh}
        </span>
        <span className="ops-mark-label" lang="en">
          {c.marks.label.en}
        </span>
        <blockquote
          dir="auto"
          lang={LANG_TAGS[q.language] ?? q.language}
          data-testid={`cons-quote-${c.id}`}
        >
          {q.text}
          <footer>— {q.author}</footer>
        </blockquote>
        {(lang === 'zh' ? q.translationZh : q.translationEn) !== q.text && (
          <p className="ops-sub">{lang === 'zh' ? q.translationZh : q.translationEn}</p>
        )}
      </div>
      <table className="ops-table ops-cons-lines">
        <thead>
          <tr>
            <th>{t('ops.item')}</th>
            <th className="num">{t('ops.batch.packs')}</th>
            <th className="num">{t('ops.batch.quantity')}</th>
            {receipt.size > 0 && (
              <>
                <th className="num">{t('ops.event.received')}</th>
                <th className="num">{t('ops.event.damaged')}</th>
                <th className="num">{t('ops.event.missing')}</th>
              </>
            )}
            <th />
          </tr>
        </thead>
        <tbody>
          {c.lines.map((l) => {
            const r = receipt.get(l.id);
            return (
              <tr key={l.id} data-line={l.id}>
                <td>{itemName(l.item, lang)}</td>
                <td className="num">{formatCount(l.packs, lang)}</td>
                <td className="num">{formatCount(l.quantity, lang)}</td>
                {receipt.size > 0 && (
                  <>
                    <td className="num">{formatCount(r?.received ?? null, lang)}</td>
                    <td className="num">{formatCount(r?.damaged ?? null, lang)}</td>
                    <td className="num">{formatCount(r?.missing ?? null, lang)}</td>
                  </>
                )}
                <td>
                  {l.requestLineId && (
                    <OpsLink
                      patch={{ tab: 'trace', line: l.requestLineId }}
                      navigate={props.navigate}
                      testId={`cons-trace-${l.id}`}
                    >
                      {t('ops.line.trace')}
                    </OpsLink>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {c.events.length > 0 && (
        <EventLog consignment={c} canCorrect={canCorrect} stepLabel={stepLabel} onPosted={posted} />
      )}
      <div className="ops-cons-actions">
        <button
          type="button"
          className="button ops-small"
          aria-expanded={open}
          data-testid={`cons-record-${c.id}`}
          onClick={() => setOpen(!open)}
        >
          {t('ops.board.record')}
          {nextStage(status) && !open ? ` (${t(`ops.stage.${nextStage(status) ?? 'note'}`)})` : ''}
        </button>
        {notice && (
          <span className="ops-notice" role="status" data-testid={`cons-notice-${c.id}`}>
            {notice}
          </span>
        )}
      </div>
      {open && <EventForm key={`${c.id}-${c.events.length}`} consignment={c} onPosted={posted} />}
    </div>
  );
}
