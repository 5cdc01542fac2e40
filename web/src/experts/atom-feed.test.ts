// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { atomFeed, guidanceEntries } from '../../../src/core/knowledge/atom-feed';
import type { GuidanceDocument } from '../../../src/core/knowledge/types';
import { parseFeed } from './atom-feed';

describe('guidance feed on the page', () => {
  it('reads back what the core writes: titles, documents, versions and every translation', () => {
    const docs = [
      {
        id: 'lab-guide',
        kind: 'laboratory-testing',
        issuer: 'NHC',
        originalLanguage: 'zh',
        versions: [
          {
            version: 1,
            publishedAt: '2020-02-21T08:00:00Z',
            illustrative: true,
            translations: [
              { language: 'en', title: 'Lab guide', body: 'a' },
              { language: 'zh', title: '实验室指南', body: '甲' },
            ],
          },
          {
            version: 2,
            publishedAt: '2020-03-07T08:00:00Z',
            changeNote: 'Adds serology & <more>.',
            illustrative: false,
            translations: [
              { language: 'en', title: 'Lab guide', body: 'b' },
              { language: 'zh', title: '实验室指南', body: '乙' },
            ],
          },
        ],
      },
    ] as unknown as GuidanceDocument[];
    const xml = atomFeed(
      {
        id: 'https://example.org/api/guidance/feed.atom',
        title: 'feed',
        selfUrl: 'https://example.org/api/guidance/feed.atom',
        siteUrl: 'https://example.org',
        authorName: 'test',
      },
      guidanceEntries(docs, 'https://example.org', 'zh'),
    );
    const entries = parseFeed(xml);
    expect(entries.map((e) => [e.documentId, e.kind, e.version])).toEqual([
      ['lab-guide', 'laboratory-testing', 2],
      ['lab-guide', 'laboratory-testing', 1],
    ]);
    expect(entries[0]?.title).toContain('实验室指南');
    expect(entries[0]?.summary).toContain('Adds serology & <more>.');
    expect(entries[0]?.links.map((l) => [l.language, l.title])).toEqual([
      ['en', 'Lab guide'],
      ['zh', '实验室指南'],
    ]);
  });

  it('refuses what is not an Atom feed, saying why', () => {
    expect(() => parseFeed('<rss><channel/></rss>')).toThrow(/root element is <rss>/);
    expect(() => parseFeed('<feed')).toThrow(/not well-formed/);
  });
});
