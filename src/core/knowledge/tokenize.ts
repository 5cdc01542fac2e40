const SEGMENT = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;
const HAN = /^\p{Script=Han}/u;

/** English words too common to help a search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in is it its of on or that the their this to was were will with'.split(
    ' ',
  ),
);

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer so that "masks", "testing" and "tested" find "mask" and "test": plural
 * "-ies", "-sses", "-s", then "-ing" and "-ed" when at least four letters with a vowel remain
 * (undoubling a final consonant: "stopping" to "stop").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    if (base.length < 4 || !VOWEL.test(base)) continue;
    w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    break;
  }
  return w;
}

/** How a text is cut into search terms: documents index Chinese single characters too, queries use them only alone. */
export type TokenMode = 'document' | 'query';

/**
 * Search terms of a text, in order: words of alphabetic scripts lower-cased (NFKC) and stemmed,
 * stop words dropped; runs of Chinese characters as overlapping two-character terms ("口罩供应" gives
 * 口罩, 罩供, 供应). A document also yields each Chinese character alone, so that a one-character
 * query finds it; a query yields single characters only for a one-character run.
 */
export function tokenize(text: string, mode: TokenMode = 'document'): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(SEGMENT)) {
    const run = match[0];
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1 || mode === 'document') out.push(...chars);
      for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
    } else if (!STOP_WORDS.has(run)) {
      out.push(stem(run));
    }
  }
  return out;
}
