// Use cases: the guidance library — documents with versions and translations, files stored with SHA-256
// checksums (computed here), what changed between versions, who received which version when, an Atom
// feed of new versions, and full-text search in Chinese and English.
import { createHash } from 'node:crypto';
import {
  atomFeed,
  buildSearchIndex,
  diffHunks,
  diffLines,
  guidanceEntries,
  guidanceIssues,
  guidanceSearchDocuments,
  isUtcTimestamp,
  outdatedHolders,
  search,
  searchIdParts,
  type DiffHunk,
  type DocumentId,
  type GuidanceDelivery,
  type GuidanceDocument,
  type GuidanceKind,
  type GuidanceVersion,
  type OutdatedHolder,
} from '../core/knowledge';
import { countryByIso3 } from '../core/reference/countries';
import type { RecipientId } from '../core/shared/brand';
import type { Database } from '../db/database';
import type { Db } from '../db/db.types';
import {
  findDocument,
  findTranslation,
  insertDelivery,
  insertDocument,
  insertVersion,
  lastVersionNumber,
  listDeliveries,
  listDocuments,
  listTranslations,
  listVersions,
  type DocumentRow,
} from '../db/guidance.repository';
import { recordAudit } from './audit.service';
import { BadRequestError, NotFoundError } from './errors';
import { utcString } from './sessions.service';

/** SHA-256 of a stored file's bytes (UTF-8 text), lower-case hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A new document (its versions are published separately). */
export interface NewDocument {
  id: string;
  kind: GuidanceKind;
  issuer: string;
  originalLanguage: string;
}

/** A version to publish: text per language; checksums are computed on storing. */
export interface NewVersion {
  publishedAt?: string | undefined;
  changeNote?: string | null | undefined;
  illustrative?: boolean | undefined;
  translations: { language: string; title: string; body: string }[];
}

function check(doc: GuidanceDocument): void {
  const first = guidanceIssues(doc)[0];
  if (first) throw new BadRequestError(`${first.field}: ${first.message}`, first.field);
}

/** The whole library (or one document) as core documents, translations carrying their checksums. */
export async function libraryIn(db: Db, documentId?: string): Promise<GuidanceDocument[]> {
  const docs = documentId
    ? [await findDocument(db, documentId)].filter((d): d is DocumentRow => d !== undefined)
    : await listDocuments(db);
  const [versions, translations] = await Promise.all([
    listVersions(db, documentId),
    listTranslations(db, documentId),
  ]);
  return docs.map((d) => ({
    id: d.id as DocumentId,
    kind: d.kind as GuidanceKind,
    issuer: d.issuer,
    originalLanguage: d.originalLanguage,
    versions: versions
      .filter((v) => v.documentId === d.id)
      .map((v) => ({
        version: v.version,
        publishedAt: utcString(v.publishedAt),
        ...(v.changeNote ? { changeNote: v.changeNote } : {}),
        illustrative: v.illustrative,
        translations: translations
          .filter((t) => t.documentId === d.id && t.version === v.version)
          .map((t) => ({
            language: t.language,
            title: t.title,
            body: t.body,
            checksum: t.checksum,
          })),
      })),
  }));
}

/** Creates a document inside a transaction; an existing id or a bad language is a BadRequestError. */
export async function createDocumentIn(tx: Db, input: NewDocument): Promise<void> {
  check({ ...input, id: input.id as DocumentId, versions: [] });
  if (!(await insertDocument(tx, input))) {
    throw new BadRequestError(`id: a document "${input.id}" exists`, 'id');
  }
  await recordAudit(tx, {
    action: 'guidance.create',
    entity: 'guidance-document',
    entityId: input.id,
    after: await findDocument(tx, input.id),
  });
}

/** Creates a document and returns it (no versions yet). */
export async function createDocument(
  database: Database,
  input: NewDocument,
): Promise<GuidanceDocument> {
  return database.transaction(async (tx) => {
    await createDocumentIn(tx, input);
    return (await libraryIn(tx, input.id))[0]!;
  });
}

/** Publishes the next version of a document inside a transaction (numbers 1, 2, 3, ... in order). */
export async function publishVersionIn(
  tx: Db,
  documentId: string,
  input: NewVersion,
): Promise<GuidanceVersion> {
  const row = await findDocument(tx, documentId, true);
  if (!row) throw new NotFoundError(`no guidance document "${documentId}"`, 'id', documentId);
  const [doc] = await libraryIn(tx, documentId);
  const previous = doc!.versions.at(-1);
  const publishedAt = input.publishedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (!isUtcTimestamp(publishedAt)) {
    throw new BadRequestError(
      `publishedAt: not an RFC 3339 time in UTC (e.g. 2020-03-04T08:00:00Z): "${publishedAt}"`,
      'publishedAt',
    );
  }
  if (previous && Date.parse(publishedAt) < Date.parse(previous.publishedAt)) {
    throw new BadRequestError(
      `publishedAt: ${publishedAt} is before version ${previous.version} (${previous.publishedAt})`,
      'publishedAt',
    );
  }
  const version: GuidanceVersion = {
    version: (await lastVersionNumber(tx, documentId)) + 1,
    publishedAt,
    ...(input.changeNote ? { changeNote: input.changeNote } : {}),
    illustrative: input.illustrative ?? false,
    translations: input.translations.map((t) => ({ ...t, checksum: sha256(t.body) })),
  };
  check({ ...doc!, versions: [...doc!.versions, version] }); // field names: versions[i]....
  await insertVersion(
    tx,
    {
      documentId,
      version: version.version,
      publishedAt,
      changeNote: input.changeNote ?? null,
      illustrative: version.illustrative,
    },
    version.translations.map((t) => ({
      documentId,
      version: version.version,
      language: t.language,
      title: t.title,
      body: t.body,
      checksum: t.checksum!,
      bytes: Buffer.byteLength(t.body, 'utf8'),
    })),
  );
  // The trail keeps each text's checksum and size, not the text: the library holds the text itself.
  await recordAudit(tx, {
    action: 'guidance.publish',
    entity: 'guidance-document',
    entityId: documentId,
    before: previous ? { version: previous.version } : null,
    after: {
      ...version,
      translations: version.translations.map(({ body, ...t }) => ({
        ...t,
        bytes: Buffer.byteLength(body, 'utf8'),
      })),
    },
  });
  return version;
}

/** Publishes the next version of a document. */
export async function publishVersion(
  database: Database,
  documentId: string,
  input: NewVersion,
): Promise<GuidanceVersion> {
  return database.transaction((tx) => publishVersionIn(tx, documentId, input));
}

/** Every document with all versions. */
export async function listLibrary(database: Database): Promise<GuidanceDocument[]> {
  return libraryIn(database.db);
}

/** One document; NotFoundError when absent. */
export async function getDocument(database: Database, id: string): Promise<GuidanceDocument> {
  const found = (await libraryIn(database.db, id))[0];
  if (!found) throw new NotFoundError(`no guidance document "${id}"`, 'id', id);
  return found;
}

/** What changed between two versions of a document in one language. */
export interface VersionDiff {
  documentId: string;
  language: string;
  from: number;
  to: number;
  added: number;
  removed: number;
  unchanged: number;
  hunks: DiffHunk[];
}

/** The line diff between versions `from` and `to` in `language`; names the side that is missing. */
export async function versionDiff(
  database: Database,
  documentId: string,
  from: number,
  to: number,
  language: string,
): Promise<VersionDiff> {
  if (!(await findDocument(database.db, documentId))) {
    throw new NotFoundError(`no guidance document "${documentId}"`, 'id', documentId);
  }
  const [a, b] = await Promise.all([
    findTranslation(database.db, documentId, from, language),
    findTranslation(database.db, documentId, to, language),
  ]);
  if (!a) throw new BadRequestError(`from: version ${from} has no "${language}" text`, 'from');
  if (!b) throw new BadRequestError(`to: version ${to} has no "${language}" text`, 'to');
  const diff = diffLines(a.body, b.body);
  const { added, removed, unchanged } = diff;
  return { documentId, language, from, to, added, removed, unchanged, hunks: diffHunks(diff) };
}

/** A recipient: a country code (normalised to ISO3) or an organisation's name as given. */
export function recipientOf(value: string): RecipientId {
  const country = /^[A-Za-z]{3}$/.test(value) ? countryByIso3(value) : undefined;
  return (country ? country.iso3 : value.trim()) as RecipientId;
}

/** Records that a recipient received a version in a language (the translation must exist). */
export async function recordDeliveryIn(
  tx: Db,
  input: {
    documentId: string;
    version: number;
    language: string;
    recipient: string;
    deliveredAt: string;
  },
): Promise<GuidanceDelivery> {
  if (!isUtcTimestamp(input.deliveredAt)) {
    throw new BadRequestError(
      `deliveredAt: not an RFC 3339 time in UTC: "${input.deliveredAt}"`,
      'deliveredAt',
    );
  }
  if (!(await findTranslation(tx, input.documentId, input.version, input.language))) {
    throw new BadRequestError(
      `version: "${input.documentId}" has no version ${input.version} in "${input.language}"`,
      'version',
    );
  }
  const row = await insertDelivery(tx, { ...input, recipient: recipientOf(input.recipient) });
  await recordAudit(tx, {
    action: 'guidance.deliver',
    entity: 'guidance-document',
    entityId: input.documentId,
    after: row,
  });
  return toDelivery(row);
}

function toDelivery(row: Awaited<ReturnType<typeof insertDelivery>>): GuidanceDelivery {
  return {
    documentId: row.documentId as DocumentId,
    version: row.version,
    language: row.language,
    recipient: row.recipient as RecipientId,
    deliveredAt: utcString(row.deliveredAt),
  };
}

/** Records a delivery. */
export async function recordDelivery(
  database: Database,
  input: Parameters<typeof recordDeliveryIn>[1],
): Promise<GuidanceDelivery> {
  return database.transaction((tx) => recordDeliveryIn(tx, input));
}

/** Deliveries (to one recipient when given) and who holds an outdated version. */
export async function deliveryReport(
  database: Database,
  recipient?: string,
): Promise<{ deliveries: GuidanceDelivery[]; outdated: OutdatedHolder[] }> {
  const who = recipient === undefined ? undefined : recipientOf(recipient);
  const [docs, rows] = await Promise.all([
    libraryIn(database.db),
    listDeliveries(database.db, who),
  ]);
  const deliveries = rows.map(toDelivery);
  return { deliveries, outdated: outdatedHolders(docs, deliveries) };
}

/** The Atom feed of new versions, entries titled in `language` where a translation exists. */
export async function guidanceFeed(
  database: Database,
  siteUrl: string,
  language = 'en',
): Promise<string> {
  const docs = await libraryIn(database.db);
  return atomFeed(
    {
      id: `${siteUrl}/api/guidance/feed.atom`,
      title: language === 'zh' ? '同舟：技术指南新版本' : 'Tongzhou: new versions of guidance',
      selfUrl: `${siteUrl}/api/guidance/feed.atom`,
      siteUrl,
      authorName: 'Tongzhou guidance library',
      emptyUpdated: '2020-01-01T00:00:00Z',
    },
    guidanceEntries(docs, siteUrl, language),
  );
}

/** One search result: where it is and how well it matched. */
export interface GuidanceHit {
  documentId: string;
  version: number;
  language: string;
  title: string;
  score: number;
  matched: string[];
}

/** Full-text search over the latest version of every document, Chinese (bigrams) and English (stems). */
export async function searchGuidance(
  database: Database,
  query: string,
  limit = 10,
): Promise<GuidanceHit[]> {
  if (query.trim() === '') throw new BadRequestError('q: the search text is empty', 'q');
  const index = buildSearchIndex(guidanceSearchDocuments(await libraryIn(database.db)));
  return search(index, query, limit).map((hit) => {
    const parts = searchIdParts(hit.id)!;
    return { ...parts, title: hit.title, score: hit.score, matched: hit.matched };
  });
}
