import { ineligibility, pastDeploymentDays } from './eligibility';
import type {
  Expert,
  ExpertId,
  IneligibleReason,
  LanguageCode,
  Specialty,
  TeamMember,
  TeamObjective,
  TeamOptions,
  TeamProposal,
  TeamRequest,
  UncoveredRequirement,
} from './types';

/** Default full days of rest between two deployments of the same expert. */
export const DEFAULT_REST_DAYS = 14;

/** An eligible expert reduced to what the optimisation needs. */
export interface TeamCandidate {
  id: string;
  /** Past deployment days: the load to spread. */
  load: number;
  /** Indices of the requested specialties (slots) this candidate can fill. */
  slots: number[];
  /** Whether the candidate speaks one of the requested languages. */
  speaks: boolean;
}

/** The team problem in numbers: slot capacities, candidates sorted by id, and whether a language is wanted. */
export interface TeamProblem {
  capacities: number[];
  candidates: TeamCandidate[];
  languageWanted: boolean;
}

/** One member of a solution: a candidate index and the slot it fills, or "language" for the speaker. */
export interface Assignment {
  candidate: number;
  slot: number | 'language';
}

/** A team problem built from a request and a roster, with what is needed to turn a solution back into experts. */
export interface PreparedTeam {
  problem: TeamProblem;
  experts: Expert[];
  specialties: Specialty[];
  languages: LanguageCode[];
  ineligible: { expertId: ExpertId; reason: IneligibleReason }[];
}

/**
 * Keeps the experts who could be on the team (eligible, and with a requested specialty or language)
 * and describes the problem in numbers. Assumes the inputs were validated.
 */
export function prepareTeam(
  request: TeamRequest,
  roster: readonly Expert[],
  options: TeamOptions = {},
): PreparedTeam {
  const restDays = options.restDays ?? DEFAULT_REST_DAYS;
  const specialties = request.specialties.map((n) => n.specialty);
  const languages = [...new Set(request.languages)];
  const wanted = new Set<string>(languages);
  const ineligible: PreparedTeam['ineligible'] = [];
  const experts: Expert[] = [];
  const candidates: TeamCandidate[] = [];
  const sorted = [...roster].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const expert of sorted) {
    const reason = ineligibility(expert, request, restDays);
    if (reason !== null) {
      ineligible.push({ expertId: expert.id, reason });
      continue;
    }
    const slots = specialties.flatMap((s, i) => (expert.specialties.includes(s) ? [i] : []));
    const speaks = expert.languages.some((l) => wanted.has(l));
    if (slots.length === 0 && !speaks) continue;
    experts.push(expert);
    candidates.push({
      id: expert.id,
      load: pastDeploymentDays(expert, request.from),
      slots,
      speaks,
    });
  }
  return {
    problem: {
      capacities: request.specialties.map((n) => n.count),
      candidates,
      languageWanted: languages.length > 0,
    },
    experts,
    specialties,
    languages,
    ineligible,
  };
}

/** The objective of a solution: coverage, then load (max, total), then size. */
export function scoreAssignments(
  problem: TeamProblem,
  assignments: readonly Assignment[],
): TeamObjective {
  const members = assignments.map((a) => problem.candidates[a.candidate]);
  const loads = members.map((m) => m?.load ?? 0);
  return {
    requiredSlots: problem.capacities.reduce((a, b) => a + b, 0),
    filledSlots: assignments.filter((a) => a.slot !== 'language').length,
    languageMet: !problem.languageWanted || members.some((m) => m?.speaks === true),
    maxPastDays: Math.max(0, ...loads),
    totalPastDays: loads.reduce((a, b) => a + b, 0),
    people: assignments.length,
  };
}

/** Turns a solution back into a proposal: members with roles, the score, and what stays uncovered. */
export function toProposal(
  prepared: PreparedTeam,
  assignments: readonly Assignment[],
): TeamProposal {
  const { problem, experts, specialties, languages } = prepared;
  const wanted = new Set<string>(languages);
  const members: TeamMember[] = [...assignments]
    .sort((a, b) => a.candidate - b.candidate)
    .map((a) => {
      const expert = experts[a.candidate];
      const candidate = problem.candidates[a.candidate];
      const specialty = a.slot === 'language' ? undefined : specialties[a.slot];
      if (!expert || !candidate || (a.slot !== 'language' && !specialty)) {
        throw new RangeError(`team solution names an unknown candidate or slot`);
      }
      return {
        expertId: expert.id,
        role: specialty ? { kind: 'specialty', specialty } : { kind: 'language' },
        speaks: expert.languages.filter((l) => wanted.has(l)),
        pastDeploymentDays: candidate.load,
      };
    });
  const objective = scoreAssignments(problem, assignments);
  const uncovered: UncoveredRequirement[] = [];
  specialties.forEach((specialty, i) => {
    const filled = assignments.filter((a) => a.slot === i).length;
    const missing = (problem.capacities[i] ?? 0) - filled;
    if (missing > 0) uncovered.push({ kind: 'specialty', specialty, missing });
  });
  if (!objective.languageMet) uncovered.push({ kind: 'language', languages });
  return {
    complete: uncovered.length === 0,
    members,
    uncovered,
    objective,
    ineligible: prepared.ineligible,
  };
}
