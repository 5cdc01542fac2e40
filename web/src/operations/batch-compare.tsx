import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import { formatDiff } from './ops-format';
import { itemName, recipientName } from './ops-names';
import type { Batch, BatchComparison, Bilingual } from './ops.types';

/** Two batches side by side: the lines that differ, and the differences per recipient and per item. */
export function BatchCompare(props: {
  a: string;
  b: string;
  version: Batch;
  names: ReadonlyMap<string, Bilingual>;
}) {
  const { t, lang } = useI18n();
  // The batch's edits change the comparison: refetch when they do.
  const edits = props.version.lines.reduce((n, l) => n + l.edits.length, 0);
  const compare = useFetch<BatchComparison>(
    `/api/batches/${encodeURIComponent(props.a)}/compare/${encodeURIComponent(props.b)}?v=${edits}-${props.version.status}`,
  );
  if (compare.state.status === 'error') {
    return (
      <ErrorNotice error={compare.state.error} what="ops.error.load" onRetry={compare.reload} />
    );
  }
  if (compare.state.status === 'loading') return <Loading height={60} />;
  const c = compare.state.data;
  const lines = c.lines.filter((l) => l.diff !== 0);
  const recipients = c.recipients.filter((r) => r.diff !== 0);
  const items = c.items.filter((i) => i.diff !== 0);
  return (
    <div className="ops-compare" data-testid="ops-compare-result" data-changed={c.changed}>
      <h3>
        {t('ops.batch.compareTitle', {
          a: c.a.title,
          b: c.b.title,
          n: formatCount(c.changed, lang),
        })}
      </h3>
      {lines.length === 0 ? (
        <p className="ops-note">{t('ops.batch.compareSame')}</p>
      ) : (
        <div className="ops-compare-grid">
          <table className="ops-table">
            <thead>
              <tr>
                <th>{t('ops.recipient')}</th>
                <th>{t('ops.item')}</th>
                <th className="num">{c.a.title}</th>
                <th className="num">{c.b.title}</th>
                <th className="num">{t('ops.batch.diff')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.requestLineId} data-testid={`cmp-${l.requestLineId}`}>
                  <td>{recipientName(props.names, l.recipient, lang)}</td>
                  <td>{itemName(l.item, lang)}</td>
                  <td className="num">{formatCount(l.a, lang)}</td>
                  <td className="num">{formatCount(l.b, lang)}</td>
                  <td className="num">{formatDiff(l.diff, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="ops-table">
            <caption>{t('ops.batch.byRecipient')}</caption>
            <tbody>
              {recipients.map((r) => (
                <tr key={r.recipient}>
                  <td>{recipientName(props.names, r.recipient, lang)}</td>
                  <td className="num">{formatDiff(r.diff, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="ops-table">
            <caption>{t('ops.batch.byItem')}</caption>
            <tbody>
              {items.map((i) => (
                <tr key={i.item}>
                  <td>{itemName(i.item, lang)}</td>
                  <td className="num">{formatDiff(i.diff, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
