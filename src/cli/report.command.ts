// `tongzhou report [--grouping NAME] [--format md|csv|json]`: the open report as Markdown, tidy CSV or JSON.
import { Option, type Command } from 'commander';
import { GROUPINGS } from '../core/reference/groupings';
import type { Report } from '../core/reporting';
import { getReport, REPORT_DEFAULT_GROUPING } from '../services/report.service';
import type { RunWithDatabase } from './requests.command';
import { formatCount, type Column } from './table';

/** The output formats of `tongzhou report`. */
export type ReportFormat = 'md' | 'csv' | 'json';

const usd = (n: number) => `USD ${formatCount(n)}`;

/** Rows as a Markdown table (pipes in cells escaped, numbers right-aligned). */
export function markdownTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${columns.map((c) => cell(c.header)).join(' | ')} |`,
    `|${columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${columns.map((c) => cell(c.value(row))).join(' | ')} |`),
  ].join('\n');
}

/** The report as Markdown: the headline in both languages, then one table per breakdown. */
export function reportMarkdown(r: Report): string {
  const t = r.totals;
  const right = 'right' as const;
  return [
    `# Open report${r.asOf ? ` as of ${r.asOf}` : ''}`,
    '',
    `> ${r.headline.en}`,
    '>',
    `> ${r.headline.zh}`,
    '',
    `Countries ${t.countries}, organisations ${t.organisations}, batches ${t.batches}; ` +
      `consignments shipped ${formatCount(t.consignmentsShipped)}, signed for ${formatCount(t.consignmentsReceived)}; ` +
      `cash ${usd(t.cashUsd)}; supplies allocated worth ${usd(t.valueUsd.allocated)} (reference value).`,
    '',
    `## By region (${r.grouping.nameEn})`,
    '',
    markdownTable(r.regions, [
      { header: 'Region', value: (g) => g.nameEn },
      { header: '地区', value: (g) => g.nameZh },
      { header: 'Countries', value: (g) => String(g.countries), align: right },
      { header: 'Units allocated', value: (g) => formatCount(g.units.allocated), align: right },
      { header: 'Value (USD)', value: (g) => formatCount(g.valueUsd), align: right },
    ]),
    '',
    '## By batch',
    '',
    markdownTable(r.batches, [
      { header: 'Batch', value: (b) => b.title },
      { header: 'Approved', value: (b) => b.approvedAt.slice(0, 10) },
      { header: 'Countries', value: (b) => String(b.countries), align: right },
      { header: 'Organisations', value: (b) => String(b.organisations), align: right },
      { header: 'Units', value: (b) => formatCount(b.units.allocated), align: right },
      { header: 'Value (USD)', value: (b) => formatCount(b.valueUsd), align: right },
    ]),
    '',
    '## By form of aid',
    '',
    markdownTable(r.forms, [
      { header: 'Form', value: (f) => f.form },
      { header: 'Countries', value: (f) => String(f.countries), align: right },
      { header: 'Organisations', value: (f) => String(f.organisations), align: right },
      { header: 'Requests', value: (f) => String(f.requests), align: right },
      { header: 'Fulfilled', value: (f) => String(f.fulfilledRequests), align: right },
    ]),
    '',
    '## By item',
    '',
    markdownTable(r.items, [
      { header: 'Item', value: (i) => i.nameEn },
      { header: 'Requested', value: (i) => formatCount(i.units.requested), align: right },
      { header: 'Agreed', value: (i) => formatCount(i.units.agreed), align: right },
      { header: 'Allocated', value: (i) => formatCount(i.units.allocated), align: right },
      { header: 'Shipped', value: (i) => formatCount(i.units.shipped), align: right },
      { header: 'Received', value: (i) => formatCount(i.units.received), align: right },
      {
        header: 'Price (USD)',
        value: (i) => (i.priceUsd === null ? '-' : String(i.priceUsd)),
        align: right,
      },
      {
        header: 'Allocated value (USD)',
        value: (i) => formatCount(i.valueUsd.allocated),
        align: right,
      },
    ]),
    '',
    '## By week',
    '',
    markdownTable(r.weeks, [
      { header: 'Week of', value: (w) => w.week },
      { header: 'Batches', value: (w) => String(w.batchesApproved), align: right },
      { header: 'Allocated', value: (w) => formatCount(w.unitsAllocated), align: right },
      { header: 'Shipped', value: (w) => formatCount(w.unitsShipped), align: right },
      { header: 'Received', value: (w) => formatCount(w.unitsReceived), align: right },
    ]),
    ...(r.experts
      ? [
          '',
          '## Experts',
          '',
          `${r.experts.teamsSent} expert teams (${r.experts.teamPeople} people) to ${r.experts.teamCountries} countries; ` +
            `${r.experts.sessions} exchange sessions with ${r.experts.sessionCountries} countries and ${r.experts.sessionOrganisations} organisations.`,
        ]
      : []),
    '',
    `Prices: ${r.prices.note.en} Source: ${r.prices.source}.`,
  ].join('\n');
}

const field = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The report as tidy CSV: one figure per line (section, key, English name, measure, value). */
export function reportCsv(r: Report): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'name', 'measure', 'value']];
  const put = (
    section: string,
    key: string,
    name: string,
    figures: Record<string, number | null>,
  ) => {
    for (const [measure, value] of Object.entries(figures))
      rows.push([section, key, name, measure, value]);
  };
  const t = r.totals;
  put('totals', '', '', {
    batches: t.batches,
    countries: t.countries,
    organisations: t.organisations,
    cashUsd: t.cashUsd,
    consignmentsShipped: t.consignmentsShipped,
    consignmentsReceived: t.consignmentsReceived,
    valueAllocatedUsd: t.valueUsd.allocated,
    valueReceivedUsd: t.valueUsd.received,
  });
  for (const g of r.regions)
    put(`region:${r.grouping.id}`, g.id, g.nameEn, {
      countries: g.countries,
      unitsAllocated: g.units.allocated,
      valueUsd: g.valueUsd,
    });
  for (const b of r.batches)
    put('batch', b.id, b.title, {
      countries: b.countries,
      organisations: b.organisations,
      unitsAllocated: b.units.allocated,
      valueUsd: b.valueUsd,
    });
  for (const f of r.forms)
    put('form', f.form, f.form, {
      countries: f.countries,
      organisations: f.organisations,
      requests: f.requests,
      fulfilled: f.fulfilledRequests,
      amountUsd: f.amountUsd,
    });
  for (const i of r.items)
    put('item', i.item, i.nameEn, {
      ...i.units,
      priceUsd: i.priceUsd,
      valueAllocatedUsd: i.valueUsd.allocated,
    });
  for (const w of r.weeks)
    put('week', w.week, '', {
      batchesApproved: w.batchesApproved,
      unitsAllocated: w.unitsAllocated,
      unitsShipped: w.unitsShipped,
      unitsReceived: w.unitsReceived,
    });
  if (r.experts) put('experts', '', '', { ...r.experts });
  return rows.map((row) => row.map(field).join(',')).join('\n');
}

/** Adds `report` to the program. */
export function addReportCommand(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  program
    .command('report')
    .description(
      'the open report: who was aided, with what, where and when, and the headline in English and Chinese',
    )
    .addOption(
      new Option(
        '--grouping <name>',
        `region grouping (default ${REPORT_DEFAULT_GROUPING})`,
      ).choices(GROUPINGS.map((g) => g.id)),
    )
    .addOption(
      new Option('--format <format>', 'md (default), csv (one figure a line) or json')
        .choices(['md', 'csv', 'json'])
        .default('md'),
    )
    .action(async (opts: { grouping?: string; format: ReportFormat }) => {
      const report = await run((db) => getReport(db, opts.grouping));
      print(
        opts.format === 'json'
          ? JSON.stringify(report, null, 2)
          : opts.format === 'csv'
            ? reportCsv(report)
            : reportMarkdown(report),
      );
    });
}
