import type { RecipientId } from '../shared/brand';
import type {
  DocumentId,
  GuidanceDelivery,
  GuidanceDocument,
  GuidanceTranslation,
  GuidanceVersion,
} from './types';

const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const LANGUAGE = /^[a-z]{2}(-[A-Za-z0-9]{2,8})*$/;

/** Whether a string is an RFC 3339 UTC timestamp such as "2020-03-03T12:00:00Z". */
export function isUtcTimestamp(value: string): boolean {
  return RFC3339_UTC.test(value) && !Number.isNaN(Date.parse(value));
}

/** The newest version of a document, or undefined when it has none. */
export function latestVersion(doc: GuidanceDocument): GuidanceVersion | undefined {
  return doc.versions.reduce<GuidanceVersion | undefined>(
    (best, v) => (best === undefined || v.version > best.version ? v : best),
    undefined,
  );
}

/** The translation in a language, else in the document's original language, else the first. */
export function pickTranslation(
  doc: GuidanceDocument,
  version: GuidanceVersion,
  language: string,
): GuidanceTranslation | undefined {
  const t = version.translations;
  return (
    t.find((x) => x.language === language) ??
    t.find((x) => x.language === doc.originalLanguage) ??
    t[0]
  );
}

/** A problem in a guidance document, naming the field. */
export interface GuidanceIssue {
  field: string;
  message: string;
}

/** Every problem with a document: numbering, timestamps, languages, duplicate translations. */
export function guidanceIssues(doc: GuidanceDocument): GuidanceIssue[] {
  const issues: GuidanceIssue[] = [];
  if (!doc.id) issues.push({ field: 'id', message: 'a document needs an id' });
  if (!LANGUAGE.test(doc.originalLanguage)) {
    issues.push({
      field: 'originalLanguage',
      message: `not a language code: "${doc.originalLanguage}"`,
    });
  }
  const numbers = doc.versions.map((v) => v.version).sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1)
      issues.push({
        field: 'versions',
        message: `versions must be numbered 1, 2, 3, ...; found ${numbers.join(', ')}`,
      });
  });
  doc.versions.forEach((v, i) => {
    const at = `versions[${i}]`;
    if (!isUtcTimestamp(v.publishedAt)) {
      issues.push({
        field: `${at}.publishedAt`,
        message: `not an RFC 3339 UTC time: "${v.publishedAt}"`,
      });
    }
    if (v.translations.length === 0)
      issues.push({
        field: `${at}.translations`,
        message: 'a version needs at least one translation',
      });
    const seen = new Set<string>();
    v.translations.forEach((t, j) => {
      if (!LANGUAGE.test(t.language)) {
        issues.push({
          field: `${at}.translations[${j}].language`,
          message: `not a language code: "${t.language}"`,
        });
      }
      if (seen.has(t.language)) {
        issues.push({
          field: `${at}.translations[${j}].language`,
          message: `"${t.language}" appears twice`,
        });
      }
      seen.add(t.language);
      if (t.title.trim() === '')
        issues.push({
          field: `${at}.translations[${j}].title`,
          message: 'a translation needs a title',
        });
    });
  });
  return issues.filter(
    (x, i, all) => all.findIndex((y) => y.field === x.field && y.message === x.message) === i,
  );
}

/** A recipient whose newest copy of a document is older than the newest version. */
export interface OutdatedHolder {
  recipient: RecipientId;
  documentId: DocumentId;
  /** The newest version the recipient received. */
  holds: number;
  latest: number;
  /** When they received the version they hold. */
  receivedAt: string;
}

/** Who received a document but not its newest version: those to send the update to. */
export function outdatedHolders(
  documents: readonly GuidanceDocument[],
  deliveries: readonly GuidanceDelivery[],
): OutdatedHolder[] {
  const latest = new Map(documents.map((d) => [d.id as string, latestVersion(d)?.version ?? 0]));
  const newest = new Map<string, GuidanceDelivery>();
  for (const delivery of deliveries) {
    const key = `${delivery.recipient}\u0000${delivery.documentId}`;
    const held = newest.get(key);
    if (!held || delivery.version > held.version) newest.set(key, delivery);
  }
  const out: OutdatedHolder[] = [];
  for (const held of newest.values()) {
    const last = latest.get(held.documentId) ?? 0;
    if (held.version < last) {
      out.push({
        recipient: held.recipient,
        documentId: held.documentId,
        holds: held.version,
        latest: last,
        receivedAt: held.deliveredAt,
      });
    }
  }
  return out.sort(
    (a, b) => a.documentId.localeCompare(b.documentId) || a.recipient.localeCompare(b.recipient),
  );
}
