// The guidance library, the pure core: documents with versions and translations, line diffs,
// a Chinese-and-English search index, and an Atom feed of new versions.
export type * from './types';
export { GUIDANCE_KINDS } from './types';
export {
  guidanceIssues,
  isUtcTimestamp,
  latestVersion,
  outdatedHolders,
  pickTranslation,
} from './documents';
export type { GuidanceIssue, OutdatedHolder } from './documents';
export { MAX_DIFF_CELLS, diffHunks, diffLines, splitLines } from './diff';
export type { DiffHunk, DiffLine, LineDiff } from './diff';
export { STOP_WORDS, stem, tokenize } from './tokenize';
export type { TokenMode } from './tokenize';
export { TITLE_WEIGHT, buildSearchIndex, search } from './search-index';
export type { SearchDocument, SearchHit, SearchIndex } from './search-index';
export { guidanceSearchDocuments, searchIdParts } from './guidance-search';
export { atomFeed, guidanceEntries } from './atom-feed';
export type { AtomEntry, AtomFeedOptions } from './atom-feed';
export { escapeXml, xmlElement } from './xml';
