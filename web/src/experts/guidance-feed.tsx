import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { parseFeed, type FeedEntry } from './atom-feed';

const SHOWN = 8;

/** The newest entries of the Atom feed of guidance versions, as the feed itself says, and its link. */
export function GuidanceFeed(props: {
  refresh: number;
  onOpen: (doc: string, version: number) => void;
}) {
  const { t, lang } = useI18n();
  const url = `/api/guidance/feed.atom?language=${lang}`;
  const [entries, setEntries] = useState<FeedEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { accept: 'application/atom+xml' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        setEntries(parseFeed(await response.text()));
        setError(null);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted)
          setError(String(cause instanceof Error ? cause.message : cause));
      });
    return () => controller.abort();
  }, [url, props.refresh]);

  return (
    <section className="card ex-section" aria-labelledby="ex-feed-title" data-testid="ex-feed">
      <div className="card-head">
        <h2 id="ex-feed-title">{t('ex.gd.feed')}</h2>
        <a href={url} type="application/atom+xml" data-testid="ex-feed-link">
          {t('ex.gd.feedLink')}
        </a>
      </div>
      {error && (
        <p className="ex-refusal" role="alert">
          {t('ex.error.load')}: {error}
        </p>
      )}
      {entries && (
        <ol className="ex-list">
          {entries.slice(0, SHOWN).map((e) => (
            <li key={e.id} data-entry={e.id} data-doc={e.documentId} data-version={e.version ?? ''}>
              {e.documentId && e.version !== null ? (
                <button
                  type="button"
                  className="ex-link"
                  onClick={() => props.onOpen(e.documentId, e.version ?? 1)}
                >
                  {e.title}
                </button>
              ) : (
                <strong>{e.title}</strong>
              )}
              <div className="muted">
                {e.updated.replace('T', ' ').slice(0, 16)} · {e.summary}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
