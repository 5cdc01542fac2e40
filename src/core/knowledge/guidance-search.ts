import { latestVersion } from './documents';
import type { SearchDocument } from './search-index';
import type { GuidanceDocument } from './types';

/**
 * What to index for the library: the latest version of each document, once per translation, with
 * ids "documentId/vN/language" (see searchIdParts).
 */
export function guidanceSearchDocuments(documents: readonly GuidanceDocument[]): SearchDocument[] {
  return documents.flatMap((doc) => {
    const v = latestVersion(doc);
    if (!v) return [];
    return v.translations.map((t) => ({
      id: `${doc.id}/v${v.version}/${t.language}`,
      title: t.title,
      body: t.body,
    }));
  });
}

/** The document id, version and language of a search id made by guidanceSearchDocuments. */
export function searchIdParts(
  id: string,
): { documentId: string; version: number; language: string } | undefined {
  const m = /^(.+)\/v(\d+)\/([^/]+)$/.exec(id);
  if (!m || !m[1] || !m[3]) return undefined;
  return { documentId: m[1], version: Number(m[2]), language: m[3] };
}
