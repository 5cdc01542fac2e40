// Display names on the planning page: recipients from the API (or the country list), items from the catalogue.
import { itemById } from '../../../src/core/reference/catalogue';
import type { Lang } from '../i18n/translate';

/** A name in English and Chinese. */
export interface BilingualName {
  en: string;
  zh: string;
}

/** Names of recipients and items in a language; an unknown id is shown as itself. */
export interface NameBook {
  recipient: (id: string) => string;
  item: (id: string) => string;
}

/**
 * The names to show in `lang`: the API's names first, then the country reference list, then the
 * catalogue for items; the id itself as a last resort, so a row is never blank.
 */
export function nameBook(
  lang: Lang,
  recipients: Readonly<Record<string, BilingualName>>,
  countries: readonly { iso3: string; nameEn: string; nameZh: string }[],
  items: Readonly<Record<string, BilingualName>> = {},
): NameBook {
  const countryNames = new Map(countries.map((c) => [c.iso3, { en: c.nameEn, zh: c.nameZh }]));
  const pick = (n: BilingualName | undefined) => (n ? n[lang] || n.en : undefined);
  return {
    recipient: (id) => pick(recipients[id]) ?? pick(countryNames.get(id)) ?? id,
    item: (id) => {
      const known = itemById(id);
      return pick(items[id]) ?? (known ? pick({ en: known.nameEn, zh: known.nameZh }) : id) ?? id;
    },
  };
}
