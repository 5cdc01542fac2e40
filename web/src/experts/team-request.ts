// The team builder's form: a request drafted by hand or from a requested deployment, checked into the
// body the API takes, and the proposal read back as who covers what, the shared language and the load.
import type { Deployment, TeamProposal, TeamRequestBody } from './experts.types';

/** The request form as typed: languages as "ur, en", counts as numbers. */
export interface TeamDraft {
  country: string;
  needs: { specialty: string; count: number }[];
  languages: string;
  from: string;
  to: string;
}

/** A draft the form could not turn into a request: which field and why. */
export interface DraftProblem {
  field: 'country' | 'needs' | 'languages' | 'from' | 'to';
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a draft and builds the body of POST /api/teams/propose (needs of one specialty added up). */
export function draftToRequest(
  draft: TeamDraft,
): { ok: true; body: TeamRequestBody } | { ok: false; problem: DraftProblem } {
  const country = draft.country.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(country)) {
    return {
      ok: false,
      problem: { field: 'country', message: `not an ISO3 code: "${draft.country}"` },
    };
  }
  const counts = new Map<string, number>();
  for (const need of draft.needs) {
    if (!Number.isInteger(need.count) || need.count < 0) {
      return {
        ok: false,
        problem: {
          field: 'needs',
          message: `${need.specialty}: not a whole number: ${need.count}`,
        },
      };
    }
    if (need.count > 0) counts.set(need.specialty, (counts.get(need.specialty) ?? 0) + need.count);
  }
  if (counts.size === 0) {
    return { ok: false, problem: { field: 'needs', message: 'at least one specialty is needed' } };
  }
  const languages = draft.languages
    .split(/[\s,;]+/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const bad = languages.find((l) => !/^[a-z]{2}$/.test(l));
  if (bad !== undefined) {
    return {
      ok: false,
      problem: { field: 'languages', message: `not a two-letter code: "${bad}"` },
    };
  }
  for (const field of ['from', 'to'] as const) {
    if (!DATE.test(draft[field]) || Number.isNaN(Date.parse(draft[field]))) {
      return {
        ok: false,
        problem: { field, message: `not a date (YYYY-MM-DD): "${draft[field]}"` },
      };
    }
  }
  if (draft.to < draft.from) {
    return {
      ok: false,
      problem: { field: 'to', message: `ends (${draft.to}) before it starts (${draft.from})` },
    };
  }
  return {
    ok: true,
    body: {
      country,
      specialties: [...counts.entries()].map(([specialty, count]) => ({ specialty, count })),
      languages: [...new Set(languages)],
      from: draft.from,
      to: draft.to,
    },
  };
}

/**
 * Working languages of the seed's host countries, to prefill a request (illustrative: the desk checks
 * them with the host); other countries start with English.
 */
export const HOST_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  IRN: ['fa', 'en'],
  IRQ: ['ar', 'en'],
  ITA: ['it', 'en'],
  SRB: ['sr', 'en'],
  KHM: ['km', 'en'],
  PAK: ['ur', 'en'],
};

/** A blank request: no country, no needs, no dates. */
export const BLANK_DRAFT: TeamDraft = { country: '', needs: [], languages: '', from: '', to: '' };

/**
 * A draft from a requested deployment: its country and dates; the needs and languages are an
 * illustrative mix (the request records neither) that the desk edits.
 */
export function draftFromDeployment(d: Deployment): TeamDraft {
  return {
    country: d.country,
    needs: [
      { specialty: 'epidemiology', count: 1 },
      { specialty: 'clinical-respiratory', count: 1 },
      { specialty: 'laboratory', count: 1 },
    ],
    languages: (HOST_LANGUAGES[d.country] ?? ['en']).join(', '),
    from: d.fromDate,
    to: d.toDate,
  };
}

/** The team's shared working languages: requested languages at least one member speaks. */
export function sharedLanguages(proposal: TeamProposal): string[] {
  const spoken = new Set(proposal.members.flatMap((m) => m.speaks));
  return proposal.request.languages.filter((l) => spoken.has(l));
}

/** Each requested specialty with how many it needs and who fills it (expert ids), in request order. */
export function coverage(
  proposal: TeamProposal,
): { specialty: string; needed: number; members: string[]; missing: number }[] {
  return proposal.request.specialties.map(({ specialty, count }) => {
    const members = proposal.members
      .filter((m) => m.role.kind === 'specialty' && m.role.specialty === specialty)
      .map((m) => m.expertId);
    return { specialty, needed: count, members, missing: Math.max(0, count - members.length) };
  });
}

/** The body of POST /api/deployments for the proposed team (roles as "specialty" or "language"). */
export function deploymentFromProposal(
  proposal: TeamProposal,
  name: string,
  objectives: readonly string[],
): {
  name: string;
  country: string;
  from: string;
  to: string;
  objectives: string[];
  members: { expertId: string; role: string }[];
  status: 'planned';
  restDays: number;
} {
  return {
    name: name.trim(),
    country: proposal.request.country,
    from: proposal.request.from,
    to: proposal.request.to,
    objectives: objectives.map((o) => o.trim()).filter((o) => o !== ''),
    members: proposal.members.map((m) => ({
      expertId: m.expertId,
      role: m.role.kind === 'specialty' ? m.role.specialty : 'language',
    })),
    status: 'planned',
    restDays: proposal.restDays,
  };
}
