import { isUtcTimestamp, latestVersion, pickTranslation } from './documents';
import type { GuidanceDocument } from './types';
import { escapeXml, xmlElement } from './xml';

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent IRI for the entry (a URL is fine). */
  id: string;
  title: string;
  /** RFC 3339 UTC. */
  updated: string;
  published?: string;
  /** Alternate links, e.g. one per translation with its language. */
  links: { href: string; hreflang?: string; title?: string }[];
  summary?: string;
  categories?: string[];
}

/** The feed's own description. */
export interface AtomFeedOptions {
  id: string;
  title: string;
  /** The URL this feed is served at. */
  selfUrl: string;
  /** The web page the feed belongs to. */
  siteUrl: string;
  authorName: string;
  /** Used as the feed's <updated> when there are no entries (core has no clock). */
  emptyUpdated?: string;
}

/**
 * Serialises a valid Atom 1.0 feed (RFC 4287): every value XML-escaped, <updated> the newest entry's.
 * Throws a RangeError naming a timestamp that is not RFC 3339 UTC.
 */
export function atomFeed(options: AtomFeedOptions, entries: readonly AtomEntry[]): string {
  entries.forEach((e, i) => {
    for (const key of ['updated', 'published'] as const) {
      const value = e[key];
      if (value !== undefined && !isUtcTimestamp(value)) {
        throw new RangeError(`entries[${i}].${key}: not an RFC 3339 UTC time: "${value}"`);
      }
    }
  });
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? options.emptyUpdated;
  if (updated === undefined || !isUtcTimestamp(updated)) {
    throw new RangeError(
      `emptyUpdated: an empty feed needs an RFC 3339 UTC time, got "${updated}"`,
    );
  }
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${xmlElement('id', {}, options.id)}`,
    `  ${xmlElement('title', {}, options.title)}`,
    `  ${xmlElement('updated', {}, updated)}`,
    `  ${xmlElement('link', { rel: 'self', type: 'application/atom+xml', href: options.selfUrl })}`,
    `  ${xmlElement('link', { rel: 'alternate', type: 'text/html', href: options.siteUrl })}`,
    `  <author>${xmlElement('name', {}, options.authorName)}</author>`,
    ...entries.flatMap((e) => entryLines(e)),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

function entryLines(e: AtomEntry): string[] {
  return [
    '  <entry>',
    `    ${xmlElement('id', {}, e.id)}`,
    `    ${xmlElement('title', {}, e.title)}`,
    `    ${xmlElement('updated', {}, e.updated)}`,
    ...(e.published ? [`    ${xmlElement('published', {}, e.published)}`] : []),
    ...e.links.map(
      (l) =>
        `    ${xmlElement('link', { rel: 'alternate', href: l.href, hreflang: l.hreflang, title: l.title })}`,
    ),
    ...(e.categories ?? []).map((c) => `    ${xmlElement('category', { term: c })}`),
    ...(e.summary ? [`    <summary type="text">${escapeXml(e.summary)}</summary>`] : []),
    '  </entry>',
  ];
}

/**
 * Feed entries for guidance versions, newest first: one entry per version, titled in `language`
 * where a translation exists, linking every translation. `siteUrl` has no trailing slash.
 */
export function guidanceEntries(
  documents: readonly GuidanceDocument[],
  siteUrl: string,
  language = 'en',
  limit = 50,
): AtomEntry[] {
  const entries = documents.flatMap((doc) =>
    doc.versions.map((v) => {
      const shown = pickTranslation(doc, v, language);
      const base = `${siteUrl}/guidance/${encodeURIComponent(doc.id)}/versions/${v.version}`;
      const isLatest = latestVersion(doc)?.version === v.version;
      const note = [
        v.changeNote,
        `Languages: ${v.translations.map((t) => t.language).join(', ')}.`,
        v.illustrative ? 'Illustrative content.' : undefined,
      ].filter((x): x is string => x !== undefined && x !== '');
      return {
        id: base,
        title: `${shown?.title ?? doc.id} (version ${v.version}${isLatest ? ', latest' : ''})`,
        updated: v.publishedAt,
        published: v.publishedAt,
        links: v.translations.map((t) => ({
          href: `${base}/${t.language}`,
          hreflang: t.language,
          title: t.title,
        })),
        summary: note.join(' '),
        categories: [doc.kind],
      } satisfies AtomEntry;
    }),
  );
  return entries
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
