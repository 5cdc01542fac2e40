// The guidance library on the driver under test: version numbering, checksums and timestamps read back
// as stored, deliveries and outdated holders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { listTranslations } from '../../src/db/guidance.repository';
import { BadRequestError } from '../../src/services/errors';
import {
  createDocument,
  deliveryReport,
  getDocument,
  publishVersion,
  recordDelivery,
  searchGuidance,
  sha256,
} from '../../src/services/guidance.service';
import { freshDatabase, TEST_DRIVER } from './fresh-database';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database?.close();
});

const text = (n: number) => ({
  language: 'zh',
  title: `实验室检测技术指南（第${n}版，示例）`,
  body: `核酸检测。\n第${n}版修订。`,
});

describe(`guidance library on ${TEST_DRIVER}`, () => {
  it('numbers versions 1, 2, ... and stores the SHA-256 and size of every text', async () => {
    await createDocument(database, {
      id: 'lab',
      kind: 'laboratory-testing',
      issuer: 'Test',
      originalLanguage: 'zh',
    });
    await publishVersion(database, 'lab', {
      publishedAt: '2020-01-22T00:00:00Z',
      translations: [text(1)],
    });
    await publishVersion(database, 'lab', {
      publishedAt: '2020-03-06T00:00:00Z',
      translations: [text(2)],
    });
    const doc = await getDocument(database, 'lab');
    expect(doc.versions.map((v) => [v.version, v.publishedAt])).toEqual([
      [1, '2020-01-22T00:00:00Z'],
      [2, '2020-03-06T00:00:00Z'],
    ]);
    const rows = await listTranslations(database.db, 'lab');
    expect(rows[1]!.checksum).toBe(sha256(text(2).body));
    expect(rows[1]!.bytes).toBe(Buffer.byteLength(text(2).body));
    expect(rows[0]!.checksum).not.toBe(rows[1]!.checksum);
  });

  it('refuses a duplicate document id naming the field', async () => {
    const error = await createDocument(database, {
      id: 'lab',
      kind: 'laboratory-testing',
      issuer: 'Test',
      originalLanguage: 'zh',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).field).toBe('id');
  });

  it('tracks deliveries and finds the latest version by a Chinese query', async () => {
    await recordDelivery(database, {
      documentId: 'lab',
      version: 1,
      language: 'zh',
      recipient: 'KHM',
      deliveredAt: '2020-02-01T00:00:00Z',
    });
    await recordDelivery(database, {
      documentId: 'lab',
      version: 2,
      language: 'zh',
      recipient: 'WHO',
      deliveredAt: '2020-03-07T00:00:00Z',
    });
    const report = await deliveryReport(database);
    expect(report.deliveries.map((d) => d.deliveredAt)).toEqual([
      '2020-02-01T00:00:00Z',
      '2020-03-07T00:00:00Z',
    ]);
    expect(report.outdated.map((o) => [o.recipient, o.holds, o.latest])).toEqual([['KHM', 1, 2]]);
    const hits = await searchGuidance(database, '核酸检测');
    expect(hits.map((h) => [h.documentId, h.version])).toEqual([['lab', 2]]);
  });
});
