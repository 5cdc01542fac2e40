import { describe, expect, it } from 'vitest';
import type { RecipientId } from '../shared/brand';
import { guidanceIssues, latestVersion, outdatedHolders, pickTranslation } from './documents';
import { guidanceSearchDocuments, searchIdParts } from './guidance-search';
import type { DocumentId, GuidanceDocument, GuidanceVersion } from './types';

const version = (
  n: number,
  languages: string[],
  at = `2020-03-0${n}T00:00:00Z`,
): GuidanceVersion => ({
  version: n,
  publishedAt: at,
  translations: languages.map((language) => ({
    language,
    title: `${language} v${n}`,
    body: `text ${n}`,
  })),
  illustrative: true,
});
const doc = (id: string, versions: GuidanceVersion[]): GuidanceDocument => ({
  id: id as DocumentId,
  kind: 'contact-management',
  issuer: 'NHC',
  originalLanguage: 'zh',
  versions,
});
const contacts = doc('contacts', [
  version(1, ['zh']),
  version(3, ['zh', 'en']),
  version(2, ['zh', 'fr']),
]);

describe('guidance documents', () => {
  it('finds the latest version and the best translation', () => {
    const latest = latestVersion(contacts);
    expect(latest?.version).toBe(3);
    expect(pickTranslation(contacts, latest!, 'en')?.title).toBe('en v3');
    expect(pickTranslation(contacts, latest!, 'ar')?.title).toBe('zh v3');
    expect(latestVersion(doc('empty', []))).toBeUndefined();
  });

  it('names problems: numbering gaps, bad times and languages, duplicate translations', () => {
    expect(guidanceIssues(contacts)).toEqual([]);
    const bad = doc('bad', [version(1, ['zh', 'zh']), version(3, ['EN'], '2020-03-03')]);
    expect(guidanceIssues(bad).map((i) => i.field)).toEqual([
      'versions',
      'versions[0].translations[1].language',
      'versions[1].publishedAt',
      'versions[1].translations[0].language',
    ]);
  });

  it('lists recipients whose newest copy is out of date', () => {
    const r = (id: string): RecipientId => id as RecipientId;
    const deliveries = [
      {
        documentId: contacts.id,
        version: 1,
        language: 'en',
        recipient: r('IRN'),
        deliveredAt: '2020-03-01T10:00:00Z',
      },
      {
        documentId: contacts.id,
        version: 2,
        language: 'fr',
        recipient: r('IRN'),
        deliveredAt: '2020-03-02T10:00:00Z',
      },
      {
        documentId: contacts.id,
        version: 3,
        language: 'en',
        recipient: r('ITA'),
        deliveredAt: '2020-03-03T10:00:00Z',
      },
      {
        documentId: contacts.id,
        version: 1,
        language: 'en',
        recipient: r('WHO'),
        deliveredAt: '2020-03-01T10:00:00Z',
      },
    ];
    expect(outdatedHolders([contacts], deliveries)).toEqual([
      {
        recipient: 'IRN',
        documentId: 'contacts',
        holds: 2,
        latest: 3,
        receivedAt: '2020-03-02T10:00:00Z',
      },
      {
        recipient: 'WHO',
        documentId: 'contacts',
        holds: 1,
        latest: 3,
        receivedAt: '2020-03-01T10:00:00Z',
      },
    ]);
  });

  it('indexes the latest version once per translation with ids that parse back', () => {
    const docs = guidanceSearchDocuments([contacts]);
    expect(docs.map((d) => d.id)).toEqual(['contacts/v3/zh', 'contacts/v3/en']);
    expect(searchIdParts('contacts/v3/en')).toEqual({
      documentId: 'contacts',
      version: 3,
      language: 'en',
    });
    expect(searchIdParts('nonsense')).toBeUndefined();
  });
});
