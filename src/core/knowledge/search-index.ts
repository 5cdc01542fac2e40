import { tokenize } from './tokenize';

/** Something to index: an id, a title (weighted higher) and a body. */
export interface SearchDocument {
  id: string;
  title: string;
  body: string;
}

/** An inverted index with the statistics BM25 needs; build it once, query it many times. */
export interface SearchIndex {
  ids: string[];
  titles: string[];
  /** Weighted length of each document in terms. */
  lengths: number[];
  averageLength: number;
  /** term -> (document index -> weighted term frequency). */
  postings: Map<string, Map<number, number>>;
}

/** One search result: the document, its BM25 score, and the query terms it matched. */
export interface SearchHit {
  id: string;
  title: string;
  score: number;
  matched: string[];
}

/** How much more a term in the title counts than one in the body. */
export const TITLE_WEIGHT = 3;
const K1 = 1.2;
const B = 0.75;

/** Builds the index over documents (ids must be unique). */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  const seen = new Set<string>();
  docs.forEach((doc, index) => {
    if (seen.has(doc.id)) throw new RangeError(`search index: duplicate document id "${doc.id}"`);
    seen.add(doc.id);
    const add = (term: string, weight: number): void => {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new Map()));
      list.set(index, (list.get(index) ?? 0) + weight);
    };
    const title = tokenize(doc.title);
    const body = tokenize(doc.body);
    title.forEach((t) => add(t, TITLE_WEIGHT));
    body.forEach((t) => add(t, 1));
    lengths.push(title.length * TITLE_WEIGHT + body.length);
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return {
    ids: docs.map((d) => d.id),
    titles: docs.map((d) => d.title),
    lengths,
    averageLength: docs.length === 0 ? 0 : total / docs.length,
    postings,
  };
}

/**
 * Documents matching a query in Chinese, English or both, best first by BM25 (k1 1.2, b 0.75),
 * ties by id. Each distinct query term counts once.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const terms = [...new Set(tokenize(query, 'query'))];
  const n = index.ids.length;
  const scores = new Map<number, { score: number; matched: string[] }>();
  for (const term of terms) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
    for (const [doc, tf] of list) {
      const length = index.lengths[doc] ?? 0;
      const norm = 1 - B + (B * length) / (index.averageLength || 1);
      const gain = (idf * tf * (K1 + 1)) / (tf + K1 * norm);
      const entry = scores.get(doc) ?? { score: 0, matched: [] };
      entry.score += gain;
      entry.matched.push(term);
      scores.set(doc, entry);
    }
  }
  return [...scores.entries()]
    .map(([doc, { score, matched }]) => ({
      id: index.ids[doc] ?? '',
      title: index.titles[doc] ?? '',
      score,
      matched,
    }))
    .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, limit);
}
