// The guidance library through inject(): publish versions, diff, deliveries, the Atom feed, and search
// in Chinese and English.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/api/errors';
import type { GuidanceVersion } from '../../src/core/knowledge';
import type { GuidanceHit, VersionDiff } from '../../src/services/guidance.service';
import { useSignedInApp } from './app';

const api = useSignedInApp();
const { call } = api;

const v1 = {
  publishedAt: '2020-03-03T08:00:00Z',
  illustrative: true,
  translations: [
    {
      language: 'zh',
      title: '密切接触者管理指南（示例）',
      body: '密切接触者应居家医学观察14天。\n每日两次测量体温。',
    },
    {
      language: 'en',
      title: 'Guide to managing close contacts (illustrative)',
      body: 'Close contacts stay under medical observation at home for 14 days.\nTake the temperature twice a day.',
    },
  ],
};

describe('/api/guidance', () => {
  it('creates a document and publishes versions with SHA-256 checksums', async () => {
    const doc = await call('POST', '/api/guidance', {
      id: 'contact-management',
      kind: 'contact-management',
      issuer: 'Test issuer',
      originalLanguage: 'zh',
    });
    expect(doc.status).toBe(201);
    const first = await call<GuidanceVersion>(
      'POST',
      '/api/guidance/contact-management/versions',
      v1,
    );
    expect(first.status).toBe(201);
    expect(first.body.version).toBe(1);
    const zh = first.body.translations.find((t) => t.language === 'zh');
    expect(zh?.checksum).toBe(createHash('sha256').update(v1.translations[0]!.body).digest('hex'));
    const second = await call<GuidanceVersion>(
      'POST',
      '/api/guidance/contact-management/versions',
      {
        ...v1,
        publishedAt: '2020-03-07T08:00:00Z',
        changeNote: 'Adds the daily symptom report.',
        translations: v1.translations.map((t) => ({
          ...t,
          body: `${t.body}\n${t.language === 'zh' ? '每日报告症状。' : 'Report symptoms every day.'}`,
        })),
      },
    );
    expect(second.body.version).toBe(2);
  });

  it('shows what changed between versions', async () => {
    const d = await call<VersionDiff>(
      'GET',
      '/api/guidance/contact-management/diff?from=1&to=2&language=en',
    );
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ added: 1, removed: 0, unchanged: 2 });
    expect(d.body.hunks[0]?.lines.at(-1)).toMatchObject({
      op: 'add',
      text: 'Report symptoms every day.',
    });
    const missing = await call<ApiErrorBody>(
      'GET',
      '/api/guidance/contact-management/diff?from=1&to=3&language=en',
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('to');
  });

  it('lists the new version in the Atom feed, in English or Chinese', async () => {
    const res = await api.app.inject({
      headers: api.auth,
      method: 'GET',
      url: '/api/guidance/feed.atom',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(res.body).toMatch(/^<\?xml/);
    expect(res.body).toContain(
      'Guide to managing close contacts (illustrative) (version 2, latest)',
    );
    expect(res.body).toContain('<updated>2020-03-07T08:00:00Z</updated>');
    const zh = await api.app.inject({
      headers: api.auth,
      method: 'GET',
      url: '/api/guidance/feed.atom?language=zh',
    });
    expect(zh.body).toContain('密切接触者管理指南（示例） (version 2, latest)');
  });

  it('searches in Chinese and in English', async () => {
    const zh = await call<{ hits: GuidanceHit[] }>(
      'GET',
      `/api/guidance/search?q=${encodeURIComponent('医学观察')}`,
    );
    expect(zh.status).toBe(200);
    expect(zh.body.hits[0]).toMatchObject({
      documentId: 'contact-management',
      version: 2,
      language: 'zh',
    });
    const en = await call<{ hits: GuidanceHit[] }>('GET', '/api/guidance/search?q=temperatures');
    expect(en.body.hits.map((h) => h.language)).toEqual(['en']);
    const none = await call<{ hits: GuidanceHit[] }>('GET', '/api/guidance/search?q=ventilator');
    expect(none.body.hits).toEqual([]);
    const empty = await call<ApiErrorBody>('GET', '/api/guidance/search?q=');
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('q');
  });

  it('records deliveries and names who holds an outdated version', async () => {
    const sent = await call('POST', '/api/guidance/deliveries', {
      documentId: 'contact-management',
      version: 1,
      language: 'en',
      recipient: 'pak',
      deliveredAt: '2020-03-04T10:00:00Z',
    });
    expect(sent.status).toBe(201);
    const report = await call<{ outdated: { recipient: string; holds: number; latest: number }[] }>(
      'GET',
      '/api/guidance/deliveries',
    );
    expect(report.body.outdated).toEqual([
      expect.objectContaining({ recipient: 'PAK', holds: 1, latest: 2 }),
    ]);
    const bad = await call<ApiErrorBody>('POST', '/api/guidance/deliveries', {
      documentId: 'contact-management',
      version: 9,
      language: 'en',
      recipient: 'PAK',
      deliveredAt: '2020-03-04T10:00:00Z',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('version');
  });

  it('answers 400 naming the field of a bad version, and 404 for an unknown document', async () => {
    const lang = await call<ApiErrorBody>('POST', '/api/guidance/contact-management/versions', {
      ...v1,
      publishedAt: '2020-03-09T08:00:00Z',
      translations: [{ language: 'Chinese', title: 'x', body: 'y' }],
    });
    expect(lang.status).toBe(400);
    expect(lang.body.error.field).toBe('translations.0.language');
    const early = await call<ApiErrorBody>('POST', '/api/guidance/contact-management/versions', {
      ...v1,
      publishedAt: '2020-03-01T08:00:00Z',
    });
    expect(early.body.error.field).toBe('publishedAt');
    const twice = await call<ApiErrorBody>('POST', '/api/guidance/contact-management/versions', {
      ...v1,
      publishedAt: '2020-03-09T08:00:00Z',
      translations: [v1.translations[0], v1.translations[0]],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.field).toMatch(/translations\[1\]\.language/);
    expect((await call('GET', '/api/guidance/none')).status).toBe(404);
    expect((await call('POST', '/api/guidance/none/versions', v1)).status).toBe(404);
  });
});
