// `tongzhou guidance ...`: the guidance library — documents and versions, search, diffs between versions.
import { InvalidArgumentError, type Command } from 'commander';
import { latestVersion } from '../core/knowledge';
import {
  deliveryReport,
  listLibrary,
  searchGuidance,
  versionDiff,
} from '../services/guidance.service';
import type { RunWithDatabase } from './requests.command';
import { formatTable } from './table';

function parseVersion(value: string): number {
  if (!/^[1-9][0-9]{0,4}$/.test(value)) throw new InvalidArgumentError('must be a version number.');
  return Number(value);
}

/** Adds `guidance list|search|diff|outdated` to the program. */
export function addGuidanceCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const guidance = program
    .command('guidance')
    .description('the guidance library: versions, translations, search, diffs');
  guidance
    .command('list')
    .description('documents with their latest version, languages and checksums')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const docs = await run((db) => listLibrary(db));
      if (opts.json) return print(JSON.stringify(docs, null, 2));
      print(
        formatTable(docs, [
          { header: 'Document', value: (d) => d.id },
          { header: 'Version', value: (d) => String(latestVersion(d)?.version ?? '-') },
          { header: 'Published', value: (d) => latestVersion(d)?.publishedAt ?? '-' },
          {
            header: 'Languages',
            value: (d) => (latestVersion(d)?.translations ?? []).map((t) => t.language).join(','),
          },
          {
            header: 'SHA-256 (first)',
            value: (d) => latestVersion(d)?.translations[0]?.checksum?.slice(0, 12) ?? '',
          },
          {
            header: 'Title',
            value: (d) => {
              const v = latestVersion(d);
              return v?.translations.find((t) => t.language === 'en')?.title ?? '';
            },
          },
        ]),
      );
    });
  guidance
    .command('search')
    .description('full-text search in Chinese or English, e.g. 密切接触者 or "contact tracing"')
    .argument('<text>', 'what to look for')
    .option('--json', 'machine-readable output')
    .action(async (text: string, opts: { json?: boolean }) => {
      const hits = await run((db) => searchGuidance(db, text));
      if (opts.json) return print(JSON.stringify(hits, null, 2));
      print(
        hits.length === 0
          ? 'No document matches.'
          : formatTable(hits, [
              { header: 'Score', value: (h) => h.score.toFixed(2), align: 'right' },
              { header: 'Document', value: (h) => `${h.documentId} v${h.version} ${h.language}` },
              { header: 'Title', value: (h) => h.title },
            ]),
      );
    });
  guidance
    .command('diff')
    .description('what changed between two versions, line by line')
    .argument('<document>', 'the document id, e.g. diagnosis-treatment-plan')
    .requiredOption('--from <n>', 'older version', parseVersion)
    .requiredOption('--to <n>', 'newer version', parseVersion)
    .option('--language <code>', 'language of the text (default en)', 'en')
    .action(async (id: string, opts: { from: number; to: number; language: string }) => {
      const d = await run((db) => versionDiff(db, id, opts.from, opts.to, opts.language));
      const sign = { equal: ' ', remove: '-', add: '+' } as const;
      print(
        [
          `${id} v${d.from} -> v${d.to} (${d.language}): +${d.added} -${d.removed}, ${d.unchanged} unchanged`,
          ...d.hunks.flatMap((h) => [
            `@@ -${h.oldStart} +${h.newStart} @@`,
            ...h.lines.map((l) => `${sign[l.op]} ${l.text}`),
          ]),
        ].join('\n'),
      );
    });
  guidance
    .command('outdated')
    .description('recipients holding an older version than the latest: who to send the update to')
    .action(async () => {
      const { outdated } = await run((db) => deliveryReport(db));
      print(
        outdated.length === 0
          ? 'Every recipient holds the latest version.'
          : formatTable(outdated, [
              { header: 'Recipient', value: (o) => o.recipient },
              { header: 'Document', value: (o) => o.documentId },
              { header: 'Holds', value: (o) => `v${o.holds}`, align: 'right' },
              { header: 'Latest', value: (o) => `v${o.latest}`, align: 'right' },
              { header: 'Received', value: (o) => o.receivedAt },
            ]),
      );
    });
}
