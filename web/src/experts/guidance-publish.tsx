import { useState } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Refusal, useSend } from './ex-parts';
import type { GuidanceDocument, GuidanceVersion } from './experts.types';

/** Publishes the next version of a document: one language's title and text, and a note on what changed. */
export function PublishForm(props: {
  doc: GuidanceDocument;
  language: string;
  onPublished: (version: number) => void;
}) {
  const { t } = useI18n();
  const latest = props.doc.versions[props.doc.versions.length - 1];
  const start = (language: string) =>
    latest?.translations.find((x) => x.language === language) ?? { title: '', body: '' };
  const [language, setLanguage] = useState(props.language);
  const [title, setTitle] = useState(start(props.language).title);
  const [body, setBody] = useState(start(props.language).body ?? '');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const send = useSend();

  const onLanguage = (next: string) => {
    setLanguage(next);
    const found = latest?.translations.find((x) => x.language === next.trim());
    if (found) {
      setTitle(found.title);
      setBody(found.body ?? '');
    }
  };

  const submit = async () => {
    const answer = await send.run(() =>
      sendJson<GuidanceVersion>(
        'POST',
        `/api/guidance/${encodeURIComponent(props.doc.id)}/versions`,
        {
          ...(note.trim() ? { changeNote: note.trim() } : {}),
          translations: [{ language: language.trim(), title, body }],
        },
      ),
    );
    if (answer) {
      setDone(answer.version);
      setNote('');
      props.onPublished(answer.version);
    }
  };

  return (
    <form
      className="ex-form ex-publish"
      data-testid="ex-publish"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 className="ex-h">{t('ex.gd.publish')}</h3>
      <div className="ex-form-row">
        <label>
          {t('ex.gd.pubLanguage')}
          <input
            data-testid="ex-pub-language"
            size={6}
            value={language}
            onChange={(e) => onLanguage(e.target.value)}
          />
        </label>
        <label className="ex-grow">
          {t('ex.gd.pubTitle')}
          <input
            data-testid="ex-pub-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
      </div>
      <label>
        {t('ex.gd.pubBody')}
        <textarea
          data-testid="ex-pub-body"
          rows={8}
          value={body}
          lang={language}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <label>
        {t('ex.gd.pubNote')}
        <input data-testid="ex-pub-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div>
        <button
          type="submit"
          className="button ex-primary"
          data-testid="ex-pub-go"
          disabled={send.busy}
        >
          {t('ex.gd.pubButton')}
        </button>
      </div>
      <Refusal error={send.error} />
      {done !== null && (
        <p className="ex-ok" data-testid="ex-published">
          {t('ex.gd.published.ok', { version: done })}
        </p>
      )}
    </form>
  );
}
