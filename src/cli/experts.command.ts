// `tongzhou experts ...` and `tongzhou teams ...`: the roster, stationed teams, and team proposals.
import { InvalidArgumentError, type Command } from 'commander';
import {
  isSpecialty,
  type LanguageCode,
  type Specialty,
  type SpecialtyNeed,
} from '../core/experts';
import type { IsoDate, Iso3 } from '../core/shared/brand';
import { isIsoDate } from '../core/situation/dates';
import {
  listRoster,
  listStationed,
  proposeTeam,
  type ExpertView,
  type ProposalView,
} from '../services/experts.service';
import type { RunWithDatabase } from './requests.command';
import { formatTable } from './table';

function parseDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidArgumentError('must be a YYYY-MM-DD calendar date.');
  return value;
}

function collectNeed(value: string, previous: SpecialtyNeed[]): SpecialtyNeed[] {
  const m = /^([a-z-]+)(?:=([1-9][0-9]?))?$/.exec(value);
  if (!m || !isSpecialty(m[1])) {
    throw new InvalidArgumentError(
      'must be SPECIALTY or SPECIALTY=COUNT, e.g. epidemiology=2 (see `tongzhou experts list`).',
    );
  }
  return [...previous, { specialty: m[1] as Specialty, count: Number(m[2] ?? 1) }];
}

function parseLanguages(value: string): LanguageCode[] {
  const list = value.split(',').map((l) => l.trim());
  if (!list.every((l) => /^[a-z]{2}$/.test(l))) {
    throw new InvalidArgumentError('must be ISO 639-1 codes separated by commas, e.g. en,fa.');
  }
  return list as LanguageCode[];
}

/** The roster as a table. */
export function rosterTable(experts: readonly ExpertView[]): string {
  return formatTable(experts, [
    { header: 'Expert', value: (e) => e.id },
    { header: 'Name', value: (e) => e.name },
    { header: 'Specialties', value: (e) => e.specialties.join(', ') },
    { header: 'Languages', value: (e) => e.languages.join(',') },
    { header: 'Institution', value: (e) => e.institution },
    { header: 'Deployments', value: (e) => String(e.deployments.length), align: 'right' },
    { header: 'Basis', value: (e) => e.basis },
  ]);
}

/** A proposal in words: members, then what stays uncovered. */
export function proposalText(p: ProposalView): string {
  const r = p.request;
  const head = `Team for ${r.country}, ${r.from} to ${r.to}: ${p.complete ? 'complete' : 'INCOMPLETE'}, ${p.members.length} people`;
  const members = formatTable(p.members, [
    { header: 'Expert', value: (m) => m.expertId },
    { header: 'Name', value: (m) => p.names[m.expertId]?.name ?? '' },
    {
      header: 'Role',
      value: (m) => (m.role.kind === 'specialty' ? m.role.specialty : 'speaker'),
    },
    { header: 'Speaks', value: (m) => m.speaks.join(',') || '-' },
    { header: 'Past days abroad', value: (m) => String(m.pastDeploymentDays), align: 'right' },
  ]);
  const open = p.uncovered.map((u) =>
    u.kind === 'specialty'
      ? `Uncovered: ${u.missing} x ${u.specialty}`
      : `Uncovered: nobody available speaks ${u.languages.join(' or ')}`,
  );
  return [head, '', members, ...(open.length ? ['', ...open] : [])].join('\n');
}

/** Adds `experts list|stationed` and `teams propose` to the program. */
export function addExpertCommands(
  program: Command,
  run: RunWithDatabase,
  print: (text: string) => void,
): void {
  const experts = program.command('experts').description('the international expert roster');
  experts
    .command('list')
    .description('experts with specialties, languages, institution and deployments')
    .option('--specialty <specialty>', 'only this specialty, e.g. epidemiology')
    .option('--language <code>', 'only experts speaking this language, e.g. fa')
    .option('--json', 'machine-readable output')
    .action(async (opts: { specialty?: string; language?: string; json?: boolean }) => {
      const list = await run((db) => listRoster(db, opts));
      print(opts.json ? JSON.stringify(list, null, 2) : rosterTable(list));
    });
  experts
    .command('stationed')
    .description('long-term medical teams stationed abroad (standing resources)')
    .option('--country <iso3>', 'one country, e.g. KHM')
    .option('--json', 'machine-readable output')
    .action(async (opts: { country?: string; json?: boolean }) => {
      const teams = await run((db) => listStationed(db, opts.country));
      print(
        opts.json
          ? JSON.stringify(teams, null, 2)
          : formatTable(teams, [
              { header: 'Country', value: (t) => t.country },
              { header: 'Team', value: (t) => t.name },
              { header: 'Members', value: (t) => String(t.members), align: 'right' },
              { header: 'Since', value: (t) => t.since },
              { header: 'Until', value: (t) => t.until ?? '-' },
              { header: 'Basis', value: (t) => t.basis },
            ]),
      );
    });

  program
    .command('teams')
    .description('expert teams for requests from abroad')
    .command('propose')
    .description('propose a team covering every specialty and a host language, load spread fairly')
    .requiredOption('--country <iso3>', 'the requesting country, e.g. IRN')
    .requiredOption('--need <specialty[=count]>', 'a specialty needed (repeat)', collectNeed, [])
    .option('--languages <codes>', 'host working languages, e.g. fa,en', parseLanguages, [])
    .requiredOption('--from <date>', 'first day abroad', parseDate)
    .requiredOption('--to <date>', 'last day abroad', parseDate)
    .option('--rest-days <n>', 'rest days required after a deployment (default 14)')
    .option('--json', 'machine-readable output')
    .action(
      async (opts: {
        country: string;
        need: SpecialtyNeed[];
        languages: LanguageCode[];
        from: IsoDate;
        to: IsoDate;
        restDays?: string;
        json?: boolean;
      }) => {
        if (opts.restDays !== undefined && !/^[0-9]{1,3}$/.test(opts.restDays)) {
          throw new InvalidArgumentError('--rest-days must be a whole number of days.');
        }
        const request = {
          country: opts.country as Iso3,
          specialties: opts.need,
          languages: opts.languages,
          from: opts.from,
          to: opts.to,
        };
        const rest = opts.restDays === undefined ? undefined : Number(opts.restDays);
        const proposal = await run((db) => proposeTeam(db, request, rest));
        print(opts.json ? JSON.stringify(proposal, null, 2) : proposalText(proposal));
      },
    );
}
