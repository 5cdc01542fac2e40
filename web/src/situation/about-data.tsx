import type { MetaResponse } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** The page foot: method in a sentence, every source with its licence, and the scenario's own notes. */
export function AboutData(props: { meta: MetaResponse | null }) {
  const { t } = useI18n();
  const attribution = props.meta?.attribution ?? [];
  const notes = props.meta?.scenario?.notes ?? [];
  return (
    <footer className="footer" id="about">
      <h2>{t('footer.about')}</h2>
      <p>
        {t('footer.method')} {t('footer.licence')}
      </p>
      <div className="about-columns">
        {attribution.length > 0 && (
          <section>
            <h3>{t('footer.sources')}</h3>
            <ul>
              {attribution.map((a) => (
                <li key={a.name}>
                  <a href={a.url} target="_blank" rel="noreferrer">
                    {a.name}
                  </a>{' '}
                  <span className="licence">({a.licence})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {notes.length > 0 && (
          <section lang="en">
            <h3>{t('footer.notes')}</h3>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </footer>
  );
}
