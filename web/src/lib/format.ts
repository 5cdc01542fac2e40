import { LOCALES, translate, type Lang } from '../i18n/translate';

/** Shown where a figure is unknown. */
export const NO_VALUE = '—';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    // British English writes compact millions as "60.5m"; the capital M reads less like metres.
    const locale = lang === 'en' && options.notation === 'compact' ? 'en-US' : LOCALES[lang];
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count with thousands separators ("74,386"); unknown counts show a dash. */
export function formatCount(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(Math.round(value));
}

/** A large number in short form: "60.5M" in English, "6046万" in Chinese. */
export function formatCompact(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
}

/** A rate such as cases per million: one decimal below 10, whole numbers above. */
export function formatRate(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const digits = Math.abs(value) < 10 ? 1 : 0;
  return numberFormat(lang, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A doubling time in days ("3.6 days" / "3.6天"); null means not growing or unknown. */
export function formatDays(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  const n = numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    value,
  );
  return translate(lang, 'unit.days', { n });
}

/** A whole number of days ("11 days", "1 day"). */
export function formatDayCount(days: number, lang: Lang): string {
  return translate(lang, days === 1 ? 'unit.day' : 'unit.days', { n: formatCount(days, lang) });
}

/** A continuous daily growth rate r as a percentage of 100·r with one decimal ("9.8"). */
export function formatGrowthPercent(rate: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    rate * 100,
  );
}

/** Parses "YYYY-MM-DD" as a UTC date; throws naming the value if it is not one. */
export function parseIsoDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
  if (!date || date.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${iso}"`);
  }
  return date;
}

/** A date in full: "26 March 2020" / "2020年3月26日". */
export function formatLongDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseIsoDate(iso));
}

/** A date without the year, for axes and labels: "26 Mar" / "3月26日". */
export function formatShortDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(parseIsoDate(iso));
}

/** The ISO date `days` after (or before, if negative) another. */
export function addDays(iso: string, days: number): string {
  const date = parseIsoDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A list in the language's own way: "4, 2 and 2" / "4、2和2". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
}
