import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { supplyRow } from '../../../test/fixtures/open-data-rows';
import { DEFAULT_PUBLISHER, publisherWith } from './iati-codes';
import { IatiRuleError } from './iati-rules';
import { iatiDocument, NoActivitiesError } from './iati-xml';
import type { IatiActivity } from './iati.types';
import { supplyActivity } from './supply-activity';
import { sessionActivity } from './session-activity';
import { teamActivity } from './team-activity';

const meta = { publisher: DEFAULT_PUBLISHER, generatedAt: '2020-03-26T12:00:00Z' };

async function collect(source: Iterable<IatiActivity>): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of iatiDocument(meta, source)) chunks.push(chunk);
  return chunks;
}

const activities = (): IatiActivity[] => [
  supplyActivity(
    [supplyRow({ batchTitle: 'Masks & gowns <urgent>' }), supplyRow({ item: 'gown' })],
    DEFAULT_PUBLISHER,
  ),
  supplyActivity([supplyRow({ recipient: 'AU' })], DEFAULT_PUBLISHER),
  teamActivity(
    {
      id: 'dep-irq',
      name: 'Team to Iraq',
      country: 'IRQ',
      fromDate: '2020-03-07',
      toDate: '2020-04-20',
      status: 'deployed',
      objectives: [],
      members: 7,
      illustrative: true,
    },
    DEFAULT_PUBLISHER,
  ),
  sessionActivity(
    {
      id: 'ses-1',
      topic: 'Clinical care & ICU',
      topicZh: null,
      startsAt: '2020-03-13T13:00:00Z',
      durationMinutes: 90,
      countries: ['ITA', 'SRB', 'DEU'],
      organisations: ['WHO'],
      attendees: 20,
      illustrative: true,
    },
    DEFAULT_PUBLISHER,
  ),
];

describe('iatiDocument', () => {
  it('writes the opening with the first activity, one chunk per activity, then the closing', async () => {
    const chunks = await collect(activities());
    expect(chunks).toHaveLength(5);
    expect(chunks[0]).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<!-- [^\n]+ -->\n<iati-activities version="2.03" generated-datetime="2020-03-26T12:00:00Z" xmlns:tz="[^"]+">\n<iati-activity /,
    );
    expect(chunks[4]).toBe('</iati-activities>\n');
    expect(chunks.join('').match(/<iati-activity /g)).toHaveLength(4);
  });

  it('writes the elements in the order the schema wants, escaping text from the data', async () => {
    const first = (await collect(activities()))[0]!;
    const order = [
      '<iati-identifier>',
      '<reporting-org ref="XI-IATI-TONGZHOU" type="10" secondary-reporter="1">',
      '<title>',
      '<description type="1">',
      '<participating-org type="10" role="1">',
      '<activity-status code="3"/>',
      '<activity-date type="2" iso-date="2020-03-05"/>',
      '<recipient-country code="PK" percentage="100"/>',
      '<sector vocabulary="1" code="12264" percentage="100"/>',
      '<humanitarian-scope type="1" vocabulary="1-2" code="EP-2020-000012-001">',
      '<default-flow-type code="10"/>',
      '<default-finance-type code="110"/>',
      '<default-aid-type code="C01" vocabulary="1"/>',
      '<transaction ',
    ];
    const positions = order.map((tag) => first.indexOf(tag));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(first).toContain('Masks &amp; gowns &lt;urgent&gt;');
    expect(first).toMatch(/<value currency="USD" value-date="2020-03-05">\d+\.\d\d<\/value>/);
    expect(first).toMatch(/<tz:in-kind item="mask-surgical" unit="piece" quantity="10000"/);
  });

  it('says in a comment that the demo ref is a placeholder, and not for a configured publisher', async () => {
    const [first] = await collect(activities());
    expect(first).toContain(
      '<!-- reporting-org ref XI-IATI-TONGZHOU is a placeholder, not a registered IATI organisation identifier',
    );
    const publisher = publisherWith({ ref: 'XM-DAC-41114', nameEn: 'Example Agency' });
    const configured = [
      supplyActivity([supplyRow()], publisher),
      supplyActivity([supplyRow({ recipient: 'AU' })], publisher),
    ];
    let text = '';
    for await (const chunk of iatiDocument({ ...meta, publisher }, configured)) text += chunk;
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('XI-IATI-TONGZHOU');
    expect(
      text.match(/<reporting-org ref="XM-DAC-41114" type="10" secondary-reporter="1">/g),
    ).toHaveLength(2);
    expect(text).toContain('<narrative>Example Agency</narrative>');
    expect(text.match(/<iati-identifier>XM-DAC-41114-/g)).toHaveLength(2);
  });

  it('throws before writing an activity that breaks a rule, and when there is nothing to publish', async () => {
    const bad = { ...activities()[0]!, sectors: [{ code: '12264', percentage: 99 }] };
    await expect(collect([bad])).rejects.toThrow(IatiRuleError);
    await expect(collect([])).rejects.toThrow(NoActivitiesError);
  });
});

const schemaDir = path.resolve(import.meta.dirname, '../../../../shared/data/iati-2.03');
const schema = path.join(schemaDir, 'iati-activities-schema.xsd');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canValidate = fs.existsSync(schema) && hasXmllint;
if (!canValidate) {
  console.log(
    `skipping IATI schema validation: ${hasXmllint ? `no ${schema}` : 'xmllint is not installed'}`,
  );
}

describe.skipIf(!canValidate)('iatiDocument against the IATI 2.03 schema', () => {
  it('validates with xmllint', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'iati-')), 'activities.xml');
    fs.writeFileSync(file, (await collect(activities())).join(''));
    const out = execFileSync('xmllint', ['--noout', '--schema', schema, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
});
