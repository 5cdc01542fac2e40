// IATI 2.03 activity XML, written one activity at a time (an async generator of chunks), each activity
// checked against the IATI rules first.
import { IN_KIND_NAMESPACE, isPlaceholderPublisher } from './iati-codes';
import { checkActivity, IatiRuleError } from './iati-rules';
import type { IatiActivity, IatiTransaction, Narrative } from './iati.types';
import type { IatiOrg, Publisher } from './open-data.types';
import { element, XML_DECLARATION } from './xml';

const narratives = (list: readonly Narrative[]) =>
  list.map((n) => element('narrative', { 'xml:lang': n.lang }, [], n.text));

const orgNames = (org: IatiOrg) =>
  narratives([{ text: org.nameEn }, ...(org.nameZh ? [{ lang: 'zh', text: org.nameZh }] : [])]);

const amount = (usd: number) => usd.toFixed(2);

function transactionXml(t: IatiTransaction): string {
  const inKind = t.inKind;
  return element('transaction', { ref: t.ref, humanitarian: true }, [
    element('transaction-type', { code: t.type }),
    element('transaction-date', { 'iso-date': t.date }),
    element('value', { currency: 'USD', 'value-date': t.date }, [], amount(t.valueUsd)),
    element('description', {}, narratives(t.description)),
    element('provider-org', { ref: t.provider.ref, type: t.provider.type }, orgNames(t.provider)),
    element('receiver-org', { ref: t.receiver.ref, type: t.receiver.type }, orgNames(t.receiver)),
    ...(t.recipientCountry ? [element('recipient-country', { code: t.recipientCountry })] : []),
    ...(inKind
      ? [
          element('tz:in-kind', {
            item: inKind.item,
            unit: inKind.unit,
            quantity: inKind.quantity,
            'unit-value-usd': inKind.unitValueUsd,
            'price-basis': inKind.priceBasis,
            received: inKind.received,
            damaged: inKind.damaged,
            missing: inKind.missing,
          }),
        ]
      : []),
  ]);
}

/** One iati-activity element (no rule check: see checkActivity). */
export function activityXml(a: IatiActivity, publisher: Publisher): string {
  const r = publisher.reporting;
  return element(
    'iati-activity',
    { 'xml:lang': 'en', 'default-currency': 'USD', humanitarian: a.humanitarian },
    [
      element('iati-identifier', {}, [], a.identifier),
      element(
        'reporting-org',
        { ref: r.ref, type: r.type, 'secondary-reporter': r.secondaryReporter },
        orgNames(r),
      ),
      element('title', {}, narratives(a.title)),
      element('description', { type: '1' }, narratives(a.description)),
      ...a.participating.map((p) =>
        element(
          'participating-org',
          { ref: p.org.ref, type: p.org.type, role: p.role },
          orgNames(p.org),
        ),
      ),
      element('activity-status', { code: a.status }),
      ...a.dates.map((d) => element('activity-date', { type: d.type, 'iso-date': d.date })),
      ...a.countries.map((c) =>
        element('recipient-country', { code: c.code, percentage: c.percentage }),
      ),
      ...a.regions.map((c) =>
        element('recipient-region', { code: c.code, vocabulary: '1', percentage: c.percentage }),
      ),
      ...a.sectors.map((s) =>
        element('sector', { vocabulary: '1', code: s.code, percentage: s.percentage }),
      ),
      element('humanitarian-scope', { type: '1', vocabulary: '1-2', code: a.glide }, [
        element('narrative', {}, [], 'COVID-19 pandemic'),
      ]),
      element('default-flow-type', { code: '10' }),
      element('default-finance-type', { code: '110' }),
      element('default-aid-type', { code: a.aidType, vocabulary: '1' }),
      ...a.transactions.map(transactionXml),
    ],
  );
}

/** What the document's root says: when the data last changed (also generated-datetime, so equal data gives equal bytes). */
export interface IatiDocumentMeta {
  publisher: Publisher;
  /** ISO 8601 date-time of the latest change in the data. */
  generatedAt: string;
}

/** The comment that says, before the root element, that the reporting-org ref is the demo's placeholder. */
export function placeholderNote(publisher: Publisher): string {
  if (!isPlaceholderPublisher(publisher)) return '';
  return (
    `<!-- reporting-org ref ${publisher.reporting.ref} is a placeholder, not a registered IATI ` +
    'organisation identifier: set the publisher (TONGZHOU_IATI_PUBLISHER_REF and ' +
    'TONGZHOU_IATI_PUBLISHER_NAME) before publishing this file to the IATI Registry. -->\n'
  );
}

/** There is nothing to publish yet: an IATI activities file needs at least one activity. */
export class NoActivitiesError extends Error {
  override name = 'NoActivitiesError';
}

/**
 * The whole IATI activities document as chunks: the opening with the first activity, one chunk per
 * activity, the closing. Throws IatiRuleError (before writing it) for an activity that breaks the rules,
 * and NoActivitiesError, before writing anything, when there is no activity.
 */
export async function* iatiDocument(
  meta: IatiDocumentMeta,
  activities: AsyncIterable<IatiActivity> | Iterable<IatiActivity>,
): AsyncGenerator<string> {
  let count = 0;
  for await (const a of activities) {
    const problems = checkActivity(a, meta.publisher.reporting.ref);
    if (problems.length) throw new IatiRuleError(problems.join('; '));
    const opening =
      count === 0
        ? XML_DECLARATION +
          placeholderNote(meta.publisher) +
          element('iati-activities', {
            version: '2.03',
            'generated-datetime': meta.generatedAt,
            'xmlns:tz': IN_KIND_NAMESPACE,
          }).replace(/\/>$/, '>\n')
        : '';
    count++;
    yield `${opening}${activityXml(a, meta.publisher)}\n`;
  }
  if (count === 0) throw new NoActivitiesError('no approved batch or expert team to publish yet');
  yield '</iati-activities>\n';
}
