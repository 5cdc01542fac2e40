// `tongzhou sessions ...`: the slot finder for video exchange sessions, and the sessions held.
import { InvalidArgumentError, type Command } from 'commander';
import type { SessionSlot } from '../core/experts';
import type { IsoDate } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import { listSessionViews, sessionSlots } from '../services/sessions.service';
import type { RunWithDatabase } from './requests.command';
import { formatCount, formatTable } from './table';

function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a YYYY-MM-DD calendar date.');
  return value;
}

function parseCountries(value: string): string[] {
  const list = value.split(',').map((c) => c.trim());
  if (!list.every((c) => /^[A-Za-z]{3}$/.test(c))) {
    throw new InvalidArgumentError('must be ISO3 codes separated by commas, e.g. CHN,ITA,IRN.');
  }
  return list;
}

function parseMinutes(value: string): number {
  if (!/^[0-9]{1,4}$/.test(value)) throw new InvalidArgumentError('must be whole minutes.');
  return Number(value);
}

/** Slots as a table: UTC start and every participant's local time. */
export function slotTable(slots: readonly SessionSlot[]): string {
  if (slots.length === 0) return 'No time lies inside working hours for every participant.';
  const countries = slots[0]!.participants.map((p) => p.country);
  return formatTable(slots, [
    { header: 'Start (UTC)', value: (s) => s.startUtc },
    { header: 'Margin', value: (s) => `${s.marginMinutes} min`, align: 'right' },
    ...countries.map((c, i) => ({
      header: c,
      value: (s: SessionSlot) => s.participants[i]?.localStart.slice(5).replace('T', ' ') ?? '',
    })),
  ]);
}

/** Adds `sessions slots|list` to the program. */
export function addSessionCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const sessions = program
    .command('sessions')
    .description('video exchange sessions with experts abroad');
  sessions
    .command('slots')
    .description(
      "times inside working hours in every participant's capital (daylight saving included)",
    )
    .requiredOption(
      '--countries <iso3,...>',
      'participating countries, e.g. CHN,ITA,IRN',
      parseCountries,
    )
    .requiredOption('--from <date>', 'first UTC date', parseDate)
    .requiredOption('--to <date>', 'last UTC date', parseDate)
    .option('--duration <minutes>', 'length of the session (default 90)', parseMinutes, 90)
    .option('--limit <n>', 'at most this many slots (default 10)', parseMinutes, 10)
    .option('--json', 'machine-readable output')
    .action(
      (opts: {
        countries: string[];
        from: IsoDate;
        to: IsoDate;
        duration: number;
        limit: number;
        json?: boolean;
      }) => {
        const slots = sessionSlots({
          participants: opts.countries,
          from: opts.from,
          to: opts.to,
          durationMinutes: opts.duration,
          limit: opts.limit,
        });
        print(opts.json ? JSON.stringify(slots, null, 2) : slotTable(slots));
      },
    );
  sessions
    .command('list')
    .description('sessions held or scheduled, with attendance and totals')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const { sessions: list, summary } = await run((db) => listSessionViews(db));
      if (opts.json) return print(JSON.stringify({ sessions: list, summary }, null, 2));
      print(
        [
          formatTable(list, [
            { header: 'Session', value: (s) => s.id },
            { header: 'Start (UTC)', value: (s) => s.startsAt },
            { header: 'Countries', value: (s) => String(s.countries.length), align: 'right' },
            { header: 'Attendees', value: (s) => formatCount(s.attendees), align: 'right' },
            { header: 'Basis', value: (s) => s.basis },
            { header: 'Topic', value: (s) => s.topic },
          ]),
          '',
          `${summary.sessions} sessions, ${summary.countries} countries, ${summary.organisations} organisations, ${formatCount(summary.attendees)} attendees`,
        ].join('\n'),
      );
    });
}
