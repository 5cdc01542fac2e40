// The guidance library: the only place that reads or writes guidance_document, guidance_version,
// guidance_translation and guidance_delivery.
import { and, asc, eq, max } from 'drizzle-orm';
import type { Db } from './db.types';
import { guidanceDelivery, guidanceDocument, guidanceTranslation, guidanceVersion } from './schema';

/** A guidance document row. */
export type DocumentRow = typeof guidanceDocument.$inferSelect;
/** A guidance version row. */
export type VersionRow = typeof guidanceVersion.$inferSelect;
/** A translation row (text, checksum, size). */
export type TranslationRow = typeof guidanceTranslation.$inferSelect;
/** A delivery row. */
export type DeliveryRow = typeof guidanceDelivery.$inferSelect;

/** Inserts a document; false when the id exists. */
export async function insertDocument(
  db: Db,
  row: Omit<DocumentRow, 'createdAt'>,
): Promise<boolean> {
  const written = await db
    .insert(guidanceDocument)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: guidanceDocument.id });
  return written.length === 1;
}

/** Every document, by id. */
export async function listDocuments(db: Db): Promise<DocumentRow[]> {
  return db.select().from(guidanceDocument).orderBy(asc(guidanceDocument.id));
}

/** One document, locked when `lock` (inside a transaction: publishing versions one at a time). */
export async function findDocument(
  db: Db,
  id: string,
  lock = false,
): Promise<DocumentRow | undefined> {
  const query = db.select().from(guidanceDocument).where(eq(guidanceDocument.id, id));
  return (await (lock ? query.for('update') : query))[0];
}

/** The highest version number of a document (0 when none). */
export async function lastVersionNumber(db: Db, documentId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(guidanceVersion.version) })
    .from(guidanceVersion)
    .where(eq(guidanceVersion.documentId, documentId));
  return row?.n ?? 0;
}

/** Inserts a version with its translations. */
export async function insertVersion(
  db: Db,
  version: VersionRow,
  translations: readonly TranslationRow[],
): Promise<void> {
  await db.insert(guidanceVersion).values(version);
  if (translations.length > 0) await db.insert(guidanceTranslation).values([...translations]);
}

/** Every version (of one document when given), by document then number. */
export async function listVersions(db: Db, documentId?: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(guidanceVersion)
    .where(documentId ? eq(guidanceVersion.documentId, documentId) : undefined)
    .orderBy(asc(guidanceVersion.documentId), asc(guidanceVersion.version));
}

/** Every translation (of one document when given), by document, version, language. */
export async function listTranslations(db: Db, documentId?: string): Promise<TranslationRow[]> {
  return db
    .select()
    .from(guidanceTranslation)
    .where(documentId ? eq(guidanceTranslation.documentId, documentId) : undefined)
    .orderBy(
      asc(guidanceTranslation.documentId),
      asc(guidanceTranslation.version),
      asc(guidanceTranslation.language),
    );
}

/** One translation, or undefined. */
export async function findTranslation(
  db: Db,
  documentId: string,
  version: number,
  language: string,
): Promise<TranslationRow | undefined> {
  const rows = await db
    .select()
    .from(guidanceTranslation)
    .where(
      and(
        eq(guidanceTranslation.documentId, documentId),
        eq(guidanceTranslation.version, version),
        eq(guidanceTranslation.language, language),
      ),
    );
  return rows[0];
}

/** Records that a recipient received a version in a language. */
export async function insertDelivery(db: Db, row: Omit<DeliveryRow, 'id'>): Promise<DeliveryRow> {
  const [written] = await db.insert(guidanceDelivery).values(row).returning();
  return written!;
}

/** Every delivery (to one recipient when given), by time then id. */
export async function listDeliveries(db: Db, recipient?: string): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(guidanceDelivery)
    .where(recipient ? eq(guidanceDelivery.recipient, recipient) : undefined)
    .orderBy(asc(guidanceDelivery.deliveredAt), asc(guidanceDelivery.id));
}
