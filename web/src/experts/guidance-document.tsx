import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/translate';
import { Illustrative, useSteadyFetch } from './ex-parts';
import { labelOf } from './ex-names';
import type { ExpertsNavigate } from './experts-page';
import type { GuidanceDocument, GuidanceVersion } from './experts.types';
import type { ExpertsUrlState } from './experts-url';
import { GuidanceDiffView } from './guidance-diff';
import { PublishForm } from './guidance-publish';

/** A version's title in the reader's language, else its first translation's. */
export function titleIn(version: GuidanceVersion, lang: Lang | string): string {
  return (
    version.translations.find((x) => x.language === lang)?.title ??
    version.translations[0]?.title ??
    ''
  );
}

/** One document: its versions with languages and checksums, the latest text, what changed, publishing. */
export function GuidanceDocumentView(props: {
  id: string;
  state: ExpertsUrlState;
  navigate: ExpertsNavigate;
  onPublished: () => void;
}) {
  const { t, lang } = useI18n();
  const doc = useSteadyFetch<GuidanceDocument>(`/api/guidance/${encodeURIComponent(props.id)}`);
  if (doc.state.status === 'error') {
    return <ErrorNotice error={doc.state.error} what="ex.error.load" onRetry={doc.reload} />;
  }
  if (doc.state.status === 'loading') return <Loading />;
  const d = doc.state.data;
  const latest = d.versions[d.versions.length - 1];
  const languages = [...new Set(d.versions.flatMap((v) => v.translations.map((x) => x.language)))];
  const docLang =
    props.state.docLang && languages.includes(props.state.docLang)
      ? props.state.docLang
      : languages.includes(lang)
        ? lang
        : (languages[0] ?? lang);
  const text = latest?.translations.find((x) => x.language === docLang);

  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-doc-title"
      data-testid="ex-document"
      data-doc={d.id}
    >
      <div className="card-head">
        <h2 id="ex-doc-title">{latest ? titleIn(latest, lang) : d.id}</h2>
        <label>
          {t('ex.gd.readIn')}{' '}
          <select
            data-testid="ex-doc-lang"
            value={docLang}
            onChange={(e) => props.navigate({ docLang: e.target.value })}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">
        {labelOf('ex.gd.kind.', d.kind, lang)} · {t('ex.gd.issuer', { issuer: d.issuer })}
      </p>
      <table className="ex-table" data-testid="ex-versions">
        <thead>
          <tr>
            <th className="num">{t('ex.gd.version')}</th>
            <th>{t('ex.gd.published')}</th>
            <th>{t('ex.gd.note')}</th>
            <th>{t('ex.gd.translations')}</th>
          </tr>
        </thead>
        <tbody>
          {[...d.versions].reverse().map((v) => (
            <tr key={v.version} data-version={v.version}>
              <td className="num">{v.version}</td>
              <td className="ex-dates">{v.publishedAt.replace('T', ' ').slice(0, 16)}</td>
              <td>
                {v.changeNote ?? '—'} <Illustrative show={v.illustrative} />
              </td>
              <td>
                {v.translations.map((x) => (
                  <div key={x.language} className="ex-checksum">
                    {x.language} <code title={x.checksum}>{x.checksum?.slice(0, 12)}</code>
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {latest && text && (
        <details>
          <summary>{t('ex.gd.text', { version: latest.version })}</summary>
          <pre className="ex-body" lang={docLang} data-testid="ex-doc-body">
            {text.body}
          </pre>
        </details>
      )}
      <GuidanceDiffView
        doc={d}
        language={docLang}
        versions={props.state.versions}
        onVersions={(versions) => props.navigate({ versions })}
      />
      <PublishForm
        doc={d}
        language={docLang}
        onPublished={(version) => {
          doc.reload();
          props.navigate({ versions: [version - 1, version] });
          props.onPublished();
        }}
      />
    </section>
  );
}
