import { query } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { defaultComparison, diffRows } from './diff-rows';
import type { GuidanceDiff, GuidanceDocument } from './experts.types';

/** "What changed" between two versions in one language: removed and added lines, with line numbers. */
export function GuidanceDiffView(props: {
  doc: GuidanceDocument;
  language: string;
  versions: [number, number] | null;
  onVersions: (versions: [number, number]) => void;
}) {
  const { t } = useI18n();
  const numbers = props.doc.versions.map((v) => v.version);
  const chosen =
    props.versions && numbers.includes(props.versions[0]) && numbers.includes(props.versions[1])
      ? props.versions
      : defaultComparison(props.doc.versions);
  const diff = useFetch<GuidanceDiff>(
    chosen
      ? `/api/guidance/${encodeURIComponent(props.doc.id)}/diff${query({ from: chosen[0], to: chosen[1], language: props.language })}`
      : null,
  );
  if (!chosen) return <p className="muted">{t('ex.gd.diffNone')}</p>;
  const select = (which: 0 | 1, value: number) => {
    const next: [number, number] = which === 0 ? [value, chosen[1]] : [chosen[0], value];
    if (next[0] !== next[1]) props.onVersions(next[0] < next[1] ? next : [next[1], next[0]]);
  };
  return (
    <div className="ex-diff" data-testid="ex-diff" data-from={chosen[0]} data-to={chosen[1]}>
      <h3 className="ex-h">{t('ex.gd.diffTitle')}</h3>
      <div className="ex-form-row">
        <label>
          {t('ex.gd.diffFrom')}{' '}
          <select
            data-testid="ex-diff-from"
            value={chosen[0]}
            onChange={(e) => select(0, Number(e.target.value))}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ex.gd.diffTo')}{' '}
          <select
            data-testid="ex-diff-to"
            value={chosen[1]}
            onChange={(e) => select(1, Number(e.target.value))}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      {diff.state.status === 'error' ? (
        <ErrorNotice error={diff.state.error} what="ex.error.load" onRetry={diff.reload} />
      ) : diff.state.status === 'loading' ? (
        <Loading height={60} />
      ) : (
        <>
          <p className="muted" data-testid="ex-diff-counts">
            {t('ex.gd.diffCounts', {
              added: diff.state.data.added,
              removed: diff.state.data.removed,
              unchanged: diff.state.data.unchanged,
            })}
          </p>
          <table className="ex-diff-table" lang={props.language}>
            <tbody>
              {diffRows(diff.state.data).map((row, i) =>
                row.kind === 'gap' ? (
                  <tr key={i} className="ex-gap">
                    <td colSpan={4}>⋯</td>
                  </tr>
                ) : (
                  <tr key={i} className={`ex-${row.op}`} data-op={row.op}>
                    <td className="ex-ln">{row.oldLine ?? ''}</td>
                    <td className="ex-ln">{row.newLine ?? ''}</td>
                    <td className="ex-sign" aria-hidden="true">
                      {row.sign}
                    </td>
                    <td className="ex-text">
                      {row.op === 'add' ? (
                        <ins>{row.text}</ins>
                      ) : row.op === 'remove' ? (
                        <del>{row.text}</del>
                      ) : (
                        row.text
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
