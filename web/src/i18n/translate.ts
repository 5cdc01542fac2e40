import { DICTIONARIES, type MessageKey } from './dictionaries';

/** The languages the dashboard speaks. */
export type Lang = 'en' | 'zh';

/** Every supported language, in the order the switch shows them. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Values filled into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Narrows any string to a supported language, or null. */
export function parseLang(value: string | null | undefined): Lang | null {
  return value === 'en' || value === 'zh' ? value : null;
}

/** The language to start in: the URL's, then the stored choice, then the browser's, then English. */
export function initialLang(
  urlLang: string | null,
  storedLang: string | null,
  browserLangs: readonly string[],
): Lang {
  const chosen = parseLang(urlLang) ?? parseLang(storedLang);
  if (chosen) return chosen;
  return browserLangs.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/** The message for a key in a language with its placeholders filled; an unknown placeholder stays visible. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template: string = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholder names a message uses, sorted (to check both languages ask for the same values). */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** BCP 47 locale used for numbers and dates in each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
