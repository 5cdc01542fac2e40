// Figures and moments of the operations pages in the reader's language.
import { LOCALES, type Lang } from '../i18n/translate';
import { formatCount, NO_VALUE } from '../lib/format';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date ("26 Mar 2020") or moment ("26 Mar 2020, 09:00 UTC") in the reader's language; the database's
 * "2026-11-29 06:39:16.49+00" form is read too. Unknown or unreadable values show a dash.
 */
export function formatMoment(value: string | null, lang: Lang): string {
  if (!value) return NO_VALUE;
  if (DATE_ONLY.test(value)) {
    return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }
  const ms = Date.parse(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  if (!Number.isFinite(ms)) return value;
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(ms));
  return `${text} UTC`;
}

/** A load against its limit: "26,700 / 100,000 kg" (volumes with one decimal). */
export function formatLoad(used: number, limit: number | null, unit: string, lang: Lang): string {
  const number = (n: number) => (unit === 'kg' ? formatCount(n, lang) : formatVolume(n, lang));
  return `${number(used)} / ${limit === null ? NO_VALUE : number(limit)} ${unit}`;
}

/** A volume in m³ with at most one decimal ("276.9"). */
export function formatVolume(m3: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(m3);
}

/** A signed change in units ("+5,000", "−5,000", "0"). */
export function formatDiff(diff: number, lang: Lang): string {
  if (diff === 0) return '0';
  return `${diff > 0 ? '+' : '−'}${formatCount(Math.abs(diff), lang)}`;
}

/** The value of a datetime-local input for a moment (local time, minutes). */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local input's value as an ISO 8601 UTC moment, or the text itself when it is not one (the server names it). */
export function fromLocalInput(value: string): string {
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : value;
}
