// The IATI rules (METHODS.md §4 and the 2.03 standard ruleset) checked on an activity before it is written.
import type { IatiActivity, Share } from './iati.types';

const FORBIDDEN = /[/&|?]/;
const sum = (shares: readonly Share[]) =>
  Math.round(shares.reduce((a, s) => a + s.percentage, 0) * 100) / 100;

/** The rules an activity breaks, each as a sentence naming the activity and the element; empty when it is valid. */
export function checkActivity(a: IatiActivity, reportingRef: string): string[] {
  const out: string[] = [];
  const at = (what: string) => out.push(`${a.identifier}: ${what}`);
  if (!a.identifier.startsWith(`${reportingRef}-`)) {
    at(`iati-identifier must start with the reporting-org ref "${reportingRef}-"`);
  }
  if (FORBIDDEN.test(a.identifier) || FORBIDDEN.test(reportingRef)) {
    at('iati-identifier and reporting-org/@ref must not contain / & | or ?');
  }
  if (!a.title.some((n) => n.text.trim())) at('title needs a narrative');
  if (!a.description.some((n) => n.text.trim())) at('description needs a narrative');
  for (const p of a.participating) {
    if (!p.org.ref && !p.org.nameEn.trim())
      at(`participating-org role ${p.role} needs a ref or a name`);
    if (p.org.ref && FORBIDDEN.test(p.org.ref))
      at(`participating-org/@ref "${p.org.ref}" has / & | or ?`);
  }
  if (!a.dates.some((d) => d.type === '1' || d.type === '2')) {
    at('activity-date needs a planned (1) or actual (2) start');
  }
  const date = (t: string) => a.dates.find((d) => d.type === t)?.date;
  for (const [start, end] of [
    ['1', '3'],
    ['2', '4'],
  ] as const) {
    const s = date(start);
    const e = date(end);
    if (s && e && e < s) at(`activity-date type ${end} (${e}) is before type ${start} (${s})`);
  }
  if (a.sectors.length === 0) at('needs at least one sector');
  if (a.sectors.length && sum(a.sectors) !== 100) {
    at(`sector percentages sum to ${sum(a.sectors)}, not 100`);
  }
  const places = [...a.countries, ...a.regions];
  if (places.some((s) => s.percentage < 0) || a.sectors.some((s) => s.percentage < 0)) {
    at('percentages must not be negative');
  }
  const onTransactions = a.transactions.filter((t) => t.recipientCountry !== undefined).length;
  if (places.length > 0) {
    if (sum(places) !== 100)
      at(`recipient country and region percentages sum to ${sum(places)}, not 100`);
    if (onTransactions > 0)
      at('recipient country is on the activity and on transactions: use one or the other');
  } else if (a.transactions.length === 0 || onTransactions !== a.transactions.length) {
    at('recipient country must be on the activity or on every transaction');
  }
  for (const t of a.transactions) {
    if (!Number.isFinite(t.valueUsd) || t.valueUsd < 0)
      at(`transaction ${t.ref} has value ${t.valueUsd}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.date)) at(`transaction ${t.ref} has date "${t.date}"`);
  }
  return out;
}

/** An activity broke the IATI rules: a bug in the export, named so it can be fixed. */
export class IatiRuleError extends Error {
  override name = 'IatiRuleError';
}
