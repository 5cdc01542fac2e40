// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { atomFeed, guidanceEntries, type AtomFeedOptions } from './atom-feed';
import type { DocumentId, GuidanceDocument } from './types';
import { escapeXml } from './xml';

/** The few DOM calls the test needs (tsconfig has no DOM lib; the jsdom environment provides DOMParser). */
interface XmlNode {
  nodeName: string;
  namespaceURI: string | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
}
interface XmlDocument {
  documentElement: XmlNode;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
};

function parse(xml: string): XmlDocument {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const children = (node: XmlNode | XmlDocument, name: string): XmlNode[] =>
  Array.from(node.getElementsByTagName(name));

const options: AtomFeedOptions = {
  id: 'https://tongzhou.example/guidance/feed',
  title: 'Tongzhou guidance: new versions',
  selfUrl: 'https://tongzhou.example/api/guidance/feed.atom',
  siteUrl: 'https://tongzhou.example/guidance',
  authorName: 'Health cooperation desk',
};

const plan: GuidanceDocument = {
  id: 'diagnosis-treatment-plan' as DocumentId,
  kind: 'diagnosis-treatment-plan',
  issuer: 'National Health Commission',
  originalLanguage: 'zh',
  versions: [
    {
      version: 6,
      publishedAt: '2020-02-19T00:00:00Z',
      translations: [
        { language: 'zh', title: '新型冠状病毒肺炎诊疗方案（试行第六版）', body: '…' },
      ],
      illustrative: true,
    },
    {
      version: 7,
      publishedAt: '2020-03-03T08:00:00Z',
      changeNote: 'Adds serology <IgM & IgG> to confirmation.',
      translations: [
        { language: 'zh', title: '新型冠状病毒肺炎诊疗方案（试行第七版）', body: '…' },
        { language: 'en', title: 'Diagnosis & Treatment Plan (trial version 7)', body: '…' },
      ],
      illustrative: true,
    },
  ],
};

describe('atomFeed', () => {
  it('writes a well-formed Atom 1.0 feed with the required elements', () => {
    const xml = atomFeed(options, guidanceEntries([plan], 'https://tongzhou.example'));
    const doc = parse(xml);
    const feed = doc.documentElement;
    expect(feed.nodeName).toBe('feed');
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(children(doc, 'updated')[0]?.textContent).toBe('2020-03-03T08:00:00Z');
    const entries = children(doc, 'entry');
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      for (const name of ['id', 'title', 'updated']) expect(children(e, name)).toHaveLength(1);
    }
    const [latest] = entries;
    expect(children(latest!, 'title')[0]?.textContent).toBe(
      'Diagnosis & Treatment Plan (trial version 7) (version 7, latest)',
    );
    expect(children(latest!, 'summary')[0]?.textContent).toBe(
      'Adds serology <IgM & IgG> to confirmation. Languages: zh, en. Illustrative content.',
    );
    expect(
      children(latest!, 'link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    ).toEqual([
      ['zh', 'https://tongzhou.example/guidance/diagnosis-treatment-plan/versions/7/zh'],
      ['en', 'https://tongzhou.example/guidance/diagnosis-treatment-plan/versions/7/en'],
    ]);
    expect(new Set(entries.map((e) => children(e, 'id')[0]?.textContent)).size).toBe(2);
  });

  it('escapes markup and drops characters XML forbids', () => {
    const xml = atomFeed({ ...options, title: 'Q&A <live> "now" \u0001' }, [
      {
        id: 'urn:x:1',
        title: "it's <b>",
        updated: '2020-03-01T00:00:00Z',
        links: [{ href: 'https://x.example/?a=1&b=2' }],
      },
    ]);
    const doc = parse(xml);
    expect(children(doc, 'title')[0]?.textContent).toBe('Q&A <live> "now" ');
    expect(children(doc, 'title')[1]?.textContent).toBe("it's <b>");
    expect(children(doc, 'link')[2]?.getAttribute('href')).toBe('https://x.example/?a=1&b=2');
    expect(escapeXml('a\uD800b\uD83D\uDE37')).toBe('ab\uD83D\uDE37');
  });

  it('needs a time for an empty feed and RFC 3339 UTC times in entries', () => {
    expect(() => atomFeed(options, [])).toThrow(/emptyUpdated/);
    expect(
      parse(atomFeed({ ...options, emptyUpdated: '2020-03-01T00:00:00Z' }, [])).documentElement
        .nodeName,
    ).toBe('feed');
    expect(() =>
      atomFeed(options, [{ id: 'urn:x', title: 't', updated: '2020-03-01 10:00', links: [] }]),
    ).toThrow(/entries\[0\]\.updated/);
  });

  it('lists versions newest first and honours the limit', () => {
    const entries = guidanceEntries([plan], 'https://tongzhou.example', 'fr', 1);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.title).toBe('新型冠状病毒肺炎诊疗方案（试行第七版） (version 7, latest)');
  });
});
