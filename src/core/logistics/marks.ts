// The marks a consignment carries: the aid label, and a quotation chosen for the recipient in its language.
import worldCountries from 'world-countries';
import { QUOTATIONS, type Quotation } from './quotations';

/** The label on every package (the seed: the English "For a shared future" / 为了共同的未来). */
export const LABEL = { en: 'For a shared future', zh: '为了共同的未来' } as const;

/** Working languages of the organisations that receive aid (ISO 639-3), most used first. */
export const ORGANISATION_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  WHO: ['eng', 'fra', 'ara', 'rus', 'spa', 'zho'],
  AU: ['eng', 'fra', 'ara', 'por', 'spa'],
  EU: ['eng', 'fra', 'deu', 'ita', 'spa'],
  ASEAN: ['eng'],
};

const countryLanguages = new Map(
  worldCountries.map((c) => [c.cca3, Object.keys(c.languages ?? {})]),
);

/** The languages of a recipient (ISO3 country or organisation code), as listed by world-countries. */
export function recipientLanguages(recipient: string): readonly string[] {
  const id = recipient.toUpperCase();
  return ORGANISATION_LANGUAGES[id] ?? countryLanguages.get(id) ?? [];
}

/** The marks printed on a consignment. */
export interface Marks {
  label: { en: string; zh: string };
  quotation: Quotation;
  /** True when no quotation exists in any of the recipient's languages (English is used instead). */
  fallback: boolean;
}

function stableIndex(key: string, n: number): number {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % n;
}

/**
 * The label and a quotation for `recipient`: the first of its languages that has quotations, one of
 * them picked by a stable hash of the recipient id (the same recipient always gets the same one);
 * English when none of its languages has one. `languages` overrides the recipient's own.
 */
export function marksFor(recipient: string, languages?: readonly string[]): Marks {
  const langs = languages ?? recipientLanguages(recipient);
  for (const language of langs) {
    const options = QUOTATIONS.filter((q) => q.language === language);
    if (options.length > 0) {
      return {
        label: LABEL,
        quotation: options[stableIndex(recipient, options.length)]!,
        fallback: false,
      };
    }
  }
  const english = QUOTATIONS.filter((q) => q.language === 'eng');
  return {
    label: LABEL,
    quotation: english[stableIndex(recipient, english.length)]!,
    fallback: true,
  };
}
