// The guidance library's Atom feed read back for the page: each entry's title, document, version, time,
// summary and the link of each translation. The page shows what the feed itself says.

/** One entry of the Atom feed of new guidance versions. */
export interface FeedEntry {
  id: string;
  title: string;
  /** The document id, read from the entry id ".../guidance/ID/versions/N" ('' if it has none). */
  documentId: string;
  /** The kind of document (the entry's category). */
  kind: string;
  /** The version number, read from the entry id; null if it has none. */
  version: number | null;
  updated: string;
  summary: string;
  links: { language: string; title: string; href: string }[];
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** The entries of an Atom document (parsed by the browser's DOMParser), in feed order. */
export function feedEntries(doc: Document): FeedEntry[] {
  if (doc.getElementsByTagName('parsererror').length > 0) {
    throw new Error('The feed is not well-formed XML.');
  }
  const root = doc.documentElement;
  if (root.localName !== 'feed' || root.namespaceURI !== ATOM) {
    throw new Error(`Not an Atom feed: the root element is <${root.localName}>.`);
  }
  const child = (el: Element, name: string) =>
    Array.from(el.children).find((c) => c.localName === name && c.namespaceURI === ATOM);
  const text = (el: Element, name: string) => child(el, name)?.textContent?.trim() ?? '';
  return Array.from(root.children)
    .filter((el) => el.localName === 'entry' && el.namespaceURI === ATOM)
    .map((entry) => {
      const id = text(entry, 'id');
      const match = /\/guidance\/([^/]+)\/versions\/(\d+)$/.exec(id);
      return {
        id,
        title: text(entry, 'title'),
        documentId: match ? decodeURIComponent(match[1] ?? '') : '',
        kind: child(entry, 'category')?.getAttribute('term') ?? '',
        version: match ? Number(match[2]) : null,
        updated: text(entry, 'updated'),
        summary: text(entry, 'summary'),
        links: Array.from(entry.children)
          .filter((c) => c.localName === 'link' && c.getAttribute('rel') === 'alternate')
          .map((c) => ({
            language: c.getAttribute('hreflang') ?? '',
            title: c.getAttribute('title') ?? '',
            href: c.getAttribute('href') ?? '',
          })),
      };
    });
}

/** Parses the feed's XML text with the browser's (or jsdom's) DOMParser. */
export function parseFeed(xml: string, parser: DOMParser = new DOMParser()): FeedEntry[] {
  return feedEntries(parser.parseFromString(xml, 'application/xml'));
}
