import type { Brand, RecipientId } from '../shared/brand';

/** The kinds of guidance the library holds (the seed's list, plus "other"). */
export const GUIDANCE_KINDS = [
  'prevention-control-plan',
  'diagnosis-treatment-plan',
  'case-surveillance',
  'epidemiological-investigation',
  'contact-management',
  'laboratory-testing',
  'other',
] as const;

/** One kind of guidance document, e.g. "diagnosis-treatment-plan". */
export type GuidanceKind = (typeof GUIDANCE_KINDS)[number];

/** The id of a guidance document, e.g. "diagnosis-treatment-plan". */
export type DocumentId = Brand<string, 'DocumentId'>;

/** A document's text in one language. */
export interface GuidanceTranslation {
  /** ISO 639-1 code, optionally with a script or region: "zh", "en", "fr", "zh-Hant". */
  language: string;
  title: string;
  /** Plain text, one paragraph or list item per line (what the diff compares). */
  body: string;
  /** SHA-256 of the stored file, hex, computed where the file is stored (outside core). */
  checksum?: string;
}

/** One published version of a document with all its translations. */
export interface GuidanceVersion {
  /** 1 for the first edition, then 2, 3, ... */
  version: number;
  /** When it was published, RFC 3339 in UTC: "2020-03-03T12:00:00Z". */
  publishedAt: string;
  /** What changed, in words. */
  changeNote?: string;
  translations: GuidanceTranslation[];
  /** True for demo content written to illustrate, not an official text. */
  illustrative: boolean;
}

/** A guidance document: its kind, issuer and every published version. */
export interface GuidanceDocument {
  id: DocumentId;
  kind: GuidanceKind;
  issuer: string;
  /** The language the document was written in. */
  originalLanguage: string;
  versions: GuidanceVersion[];
}

/** A record that a recipient received one version of a document in one language. */
export interface GuidanceDelivery {
  documentId: DocumentId;
  version: number;
  language: string;
  recipient: RecipientId;
  /** RFC 3339 in UTC. */
  deliveredAt: string;
}
