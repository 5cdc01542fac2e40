import { useState } from 'react';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { Illustrative, useSteadyFetch } from './ex-parts';
import { labelOf } from './ex-names';
import type { ExpertsNavigate } from './experts-page';
import type { DeliveriesResponse, GuidanceDocument } from './experts.types';
import type { ExpertsUrlState } from './experts-url';
import { GuidanceDocumentView, titleIn } from './guidance-document';
import { GuidanceFeed } from './guidance-feed';
import { GuidanceSearch } from './guidance-search';

/** The guidance library: search, documents, the feed of new versions, one document, deliveries. */
export function GuidancePage(props: { state: ExpertsUrlState; navigate: ExpertsNavigate }) {
  const { t, lang } = useI18n();
  const { state, navigate } = props;
  const library = useSteadyFetch<{ documents: GuidanceDocument[] }>('/api/guidance');
  const [published, setPublished] = useState(0);
  const docs = library.state.status === 'ok' ? library.state.data.documents : [];

  return (
    <div className="ex-columns ex-guidance">
      <div className="ex-stack">
        <GuidanceSearch
          q={state.q}
          onSearch={(q) => navigate({ q })}
          onOpen={(doc, docLang) => navigate({ doc, docLang, versions: null })}
        />
        <section
          className="card ex-section"
          aria-labelledby="ex-lib-title"
          data-testid="ex-library"
        >
          <div className="card-head">
            <h2 id="ex-lib-title">{t('ex.gd.library')}</h2>
          </div>
          {library.state.status === 'error' ? (
            <ErrorNotice
              error={library.state.error}
              what="ex.error.load"
              onRetry={library.reload}
            />
          ) : library.state.status === 'loading' ? (
            <Loading />
          ) : (
            <ul className="ex-list">
              {docs.map((d) => {
                const latest = d.versions[d.versions.length - 1];
                return (
                  <li key={d.id} className={d.id === state.doc ? 'ex-current' : ''}>
                    <button
                      type="button"
                      className="ex-link"
                      data-testid={`ex-doc-${d.id}`}
                      onClick={() => navigate({ doc: d.id, versions: null })}
                    >
                      {latest ? titleIn(latest, lang) : d.id}
                    </button>{' '}
                    <Illustrative show={latest?.illustrative ?? false} />
                    <div className="muted">
                      {labelOf('ex.gd.kind.', d.kind, lang)} ·{' '}
                      {t('ex.gd.versions', { n: d.versions.length })}
                      {latest &&
                        ` · ${t('ex.gd.latest', { version: latest.version, date: latest.publishedAt.slice(0, 10) })}`}
                      {latest && ` · ${latest.translations.map((x) => x.language).join(', ')}`}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <GuidanceFeed
          refresh={published}
          onOpen={(doc, version) =>
            navigate({ doc, versions: version > 1 ? [version - 1, version] : null })
          }
        />
      </div>
      <div className="ex-stack">
        {state.doc ? (
          <GuidanceDocumentView
            key={state.doc}
            id={state.doc}
            state={state}
            navigate={navigate}
            onPublished={() => {
              setPublished((n) => n + 1);
              library.reload();
            }}
          />
        ) : (
          <p className="card muted">{t('ex.gd.pick')}</p>
        )}
        <Deliveries documents={docs} />
      </div>
    </div>
  );
}

function Deliveries(props: { documents: readonly GuidanceDocument[] }) {
  const { t, lang } = useI18n();
  const answer = useSteadyFetch<DeliveriesResponse>('/api/guidance/deliveries');
  if (answer.state.status === 'error') {
    return <ErrorNotice error={answer.state.error} what="ex.error.load" onRetry={answer.reload} />;
  }
  if (answer.state.status === 'loading') return <Loading />;
  const { deliveries, outdated } = answer.state.data;
  const docTitle = (id: string) => {
    const doc = props.documents.find((d) => d.id === id);
    const latest = doc?.versions[doc.versions.length - 1];
    return latest ? titleIn(latest, lang) : id;
  };
  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-deliv-title"
      data-testid="ex-deliveries"
    >
      <div className="card-head">
        <h2 id="ex-deliv-title">{t('ex.gd.deliveries')}</h2>
      </div>
      <table className="ex-table">
        <thead>
          <tr>
            <th>{t('ex.gd.recipient')}</th>
            <th>{t('ex.gd.document')}</th>
            <th className="num">{t('ex.gd.version')}</th>
            <th>{t('ex.gd.readIn')}</th>
            <th>{t('ex.gd.deliveredAt')}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((d) => (
            <tr key={`${d.recipient}-${d.documentId}-${d.version}-${d.language}-${d.deliveredAt}`}>
              <td>{d.recipient}</td>
              <td>{docTitle(d.documentId)}</td>
              <td className="num">{d.version}</td>
              <td>{d.language}</td>
              <td className="ex-dates">{d.deliveredAt.replace('T', ' ').slice(0, 16)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outdated.length > 0 && (
        <>
          <h3 className="ex-h">{t('ex.gd.outdated')}</h3>
          <ul className="ex-list" data-testid="ex-outdated">
            {outdated.map((o) => (
              <li key={`${o.recipient}-${o.documentId}`}>
                {t('ex.gd.outdatedRow', {
                  recipient: o.recipient,
                  doc: docTitle(o.documentId),
                  holds: o.holds,
                  latest: o.latest,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
