// Names on the operations pages: items from the catalogue, recipients from what the API sent.
import { itemById } from '../../../src/core/reference/catalogue';
import type { Lang } from '../i18n/translate';
import type { Bilingual } from './ops.types';

/** An item's name in `lang` from the catalogue, or its id when the catalogue does not know it. */
export function itemName(id: string, lang: Lang): string {
  const item = itemById(id);
  return item ? (lang === 'zh' ? item.nameZh : item.nameEn) : id;
}

/** Recipient names by id, gathered from API records that carry them. */
export function recipientNames(
  records: readonly { recipient: string; recipientName: Bilingual }[],
): Map<string, Bilingual> {
  return new Map(records.map((r) => [r.recipient, r.recipientName]));
}

/** A recipient's name in `lang` from `names`, or its id. */
export function recipientName(
  names: ReadonlyMap<string, Bilingual>,
  id: string,
  lang: Lang,
): string {
  const name = names.get(id);
  return name ? name[lang] || name.en : id;
}
