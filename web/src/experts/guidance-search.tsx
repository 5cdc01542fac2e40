import { useEffect, useState } from 'react';
import { query } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import type { SearchHit } from './experts.types';

/** The search box of the guidance library (Chinese or English) and its hits, best first. */
export function GuidanceSearch(props: {
  q: string | null;
  onSearch: (q: string | null) => void;
  onOpen: (doc: string, language: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(props.q ?? '');
  useEffect(() => setText(props.q ?? ''), [props.q]);
  const hits = useFetch<{ hits: SearchHit[] }>(
    props.q ? `/api/guidance/search${query({ q: props.q, limit: 10 })}` : null,
  );
  return (
    <section className="card ex-section" data-testid="ex-search">
      <form
        className="ex-form-row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSearch(text.trim() || null);
        }}
      >
        <label className="ex-grow">
          {t('ex.gd.search')}
          <input
            type="search"
            data-testid="ex-search-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <div>
          <button type="submit" className="button" data-testid="ex-search-go">
            {t('ex.gd.searchButton')}
          </button>
        </div>
      </form>
      {props.q &&
        (hits.state.status === 'error' ? (
          <ErrorNotice error={hits.state.error} what="ex.error.load" />
        ) : hits.state.status === 'loading' ? (
          <Loading height={40} />
        ) : hits.state.data.hits.length === 0 ? (
          <p className="muted" data-testid="ex-hits" data-count="0">
            {t('ex.gd.noHits', { q: props.q })}
          </p>
        ) : (
          <div data-testid="ex-hits" data-count={hits.state.data.hits.length}>
            <p className="muted">
              {t('ex.gd.hits', { n: hits.state.data.hits.length, q: props.q })}
            </p>
            <ol className="ex-list">
              {hits.state.data.hits.map((h) => (
                <li key={`${h.documentId}-${h.language}`} data-hit={h.documentId}>
                  <button
                    type="button"
                    className="ex-link"
                    onClick={() => props.onOpen(h.documentId, h.language)}
                  >
                    {h.title}
                  </button>{' '}
                  <span className="muted">
                    v{h.version} · {h.language} ·{' '}
                    {t('ex.gd.matched', { terms: h.matched.join(' ') })}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        ))}
    </section>
  );
}
