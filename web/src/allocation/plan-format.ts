// Figures of the planning page in words: percentages, weights, and the raw value behind each policy component.
import type { BoundReason, ComponentScore } from '../../../src/core/allocation';
import type { MessageKey } from '../i18n/dictionaries';
import { LOCALES, translate, type Lang } from '../i18n/translate';
import { formatRate, NO_VALUE } from '../lib/format';

/** A share as a whole percentage: "42 %" in English, "42%" in Chinese; below 1 % but above 0 shows "<1 %". */
export function formatPercent(share: number | null, lang: Lang): string {
  if (share === null || !Number.isFinite(share)) return NO_VALUE;
  const sep = lang === 'zh' ? '' : ' ';
  if (share > 0 && share < 0.005) return `<1${sep}%`;
  return `${Math.round(share * 100)}${sep}%`;
}

/** A policy weight or score with two decimals ("0.62"). */
export function formatWeight(x: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(x);
}

/** A change in units with its sign ("+1,250", "−300"). */
export function formatChange(delta: number, lang: Lang): string {
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(
    Math.abs(Math.round(delta)),
  );
  return `${delta > 0 ? '+' : '−'}${text}`;
}

/** The message key naming what bound a line. */
export function boundKey(bound: BoundReason): MessageKey {
  return `plan.bound.${bound}`;
}

/** The raw value a component read about a recipient, in words ("1,240 per million", "urgent", "yes"). */
export function componentValue(c: ComponentScore, lang: Lang): string {
  if (c.value === null) return translate(lang, 'plan.why.noData');
  const number = typeof c.value === 'number' ? c.value : null;
  switch (c.id) {
    case 'cases-per-million':
      return translate(lang, 'plan.why.perMillion', { n: formatRate(number, lang) });
    case 'growth':
      return number === null
        ? NO_VALUE
        : translate(lang, 'unit.perDay', { n: formatRate(number * 100, lang) });
    case 'beds-per-1000':
    case 'health-workers-per-1000':
      return translate(lang, 'plan.why.perThousand', { n: formatRate(number, lang) });
    case 'supply-shortage':
    case 'coverable-share':
      return formatPercent(number, lang);
    case 'urgency':
      return c.value === 'routine' || c.value === 'urgent' || c.value === 'critical'
        ? translate(lang, `plan.urgency.${c.value}`)
        : String(c.value);
    case 'agreed':
    case 'help-received':
      return translate(lang, c.value === true ? 'plan.why.yes' : 'plan.why.no');
  }
}
