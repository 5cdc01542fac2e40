import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from './dictionaries';
import { translate, type Lang, type MessageParams } from './translate';

/** What components get from the i18n context: the language, t(), and a way to switch. */
export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the current language to the tree; the app owns the state (URL and localStorage). */
export function I18nProvider(props: {
  lang: Lang;
  setLang: (lang: Lang) => void;
  children: ReactNode;
}) {
  const { lang, setLang, children } = props;
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and t(); throws if used outside I18nProvider (a programming error). */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
