import type { MetaResponse, SourceId } from '../api/types';

type Attribution = MetaResponse['attribution'][number];

const SOURCE_PATTERNS: Record<SourceId, RegExp> = {
  jhu: /johns hopkins|\bjhu\b|csse/i,
  owid: /our world in data|\bowid\b/i,
};

/** The attribution entry of a case-data source (matched by its publisher's name or address), if listed. */
export function attributionOf(
  attribution: readonly Attribution[],
  source: SourceId,
): Attribution | undefined {
  const pattern = SOURCE_PATTERNS[source];
  return attribution.find((a) => pattern.test(a.name) || pattern.test(a.url));
}

/** True when milestones start on the series' first day, so the first interval misses earlier cases. */
export function startsWithSeries(
  firstCase: string | null,
  sources: MetaResponse['sources'],
  source: SourceId,
): boolean {
  const first = sources.find((s) => s.id === source)?.firstDate;
  return firstCase !== null && first !== undefined && firstCase <= first;
}
