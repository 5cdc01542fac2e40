import type { Brand, IsoDate, Iso3 } from '../shared/brand';

/** Every specialty an expert can bring to a team (the seed's mix, plus nursing). */
export const SPECIALTIES = [
  'public-health',
  'epidemiology',
  'clinical-respiratory',
  'clinical-critical-care',
  'clinical-infectious-disease',
  'infection-control',
  'laboratory',
  'psychology',
  'tcm',
  'nursing',
] as const;

/** One expert specialty, e.g. "epidemiology" or "tcm" (traditional Chinese medicine). */
export type Specialty = (typeof SPECIALTIES)[number];

/** The id of an expert in the roster, e.g. "exp-017". */
export type ExpertId = Brand<string, 'ExpertId'>;

/** A two-letter ISO 639-1 language code in lower case, e.g. "en", "fa", "zh". */
export type LanguageCode = Brand<string, 'LanguageCode'>;

/** A span of whole days, both ends included. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/** One past (or already scheduled) deployment of an expert abroad. */
export interface DeploymentRecord extends DateWindow {
  country: Iso3;
}

/** A person on the international cooperation expert roster. */
export interface Expert {
  id: ExpertId;
  name: string;
  nameZh?: string;
  specialties: Specialty[];
  languages: LanguageCode[];
  institution: string;
  /** Days the expert can be sent abroad; adjacent or overlapping windows count as one. */
  availability: DateWindow[];
  /** Deployments already done or already scheduled. */
  deployments: DeploymentRecord[];
}

/** How many experts of one specialty a team needs. */
export interface SpecialtyNeed {
  specialty: Specialty;
  count: number;
}

/** A country's request for an expert team: who is needed, which languages, and when. */
export interface TeamRequest {
  country: Iso3;
  specialties: SpecialtyNeed[];
  /** Languages the host works in; the team needs at least one member who speaks one of them. Empty: no constraint. */
  languages: LanguageCode[];
  from: IsoDate;
  to: IsoDate;
}

/** Tuning for the team builder. */
export interface TeamOptions {
  /** Full days of rest required between the end of one deployment and the start of the next (default 14). */
  restDays?: number;
}

/** What a member does in a proposed team: fill a specialty slot, or be the team's speaker of a host language. */
export type TeamRole = { kind: 'specialty'; specialty: Specialty } | { kind: 'language' };

/** One member of a proposed team. */
export interface TeamMember {
  expertId: ExpertId;
  role: TeamRole;
  /** The requested languages this member speaks. */
  speaks: LanguageCode[];
  /** Days deployed abroad before the request starts: the load the builder spreads. */
  pastDeploymentDays: number;
}

/** A requirement the proposed team leaves open. */
export type UncoveredRequirement =
  | { kind: 'specialty'; specialty: Specialty; missing: number }
  | { kind: 'language'; languages: LanguageCode[] };

/** Why an expert on the roster could not be considered for a request. */
export type IneligibleReason = 'unavailable' | 'deployed' | 'resting';

/** The scores the builder optimises, in priority order: coverage, fairness, size. */
export interface TeamObjective {
  requiredSlots: number;
  filledSlots: number;
  /** True when languages were requested and a member speaks one, or when none were requested. */
  languageMet: boolean;
  /** The highest past-deployment load among members (0 for an empty team). */
  maxPastDays: number;
  /** The total past-deployment load of the members. */
  totalPastDays: number;
  people: number;
}

/** The builder's answer: the best team, what it leaves uncovered, and who could not be considered. */
export interface TeamProposal {
  complete: boolean;
  members: TeamMember[];
  uncovered: UncoveredRequirement[];
  objective: TeamObjective;
  ineligible: { expertId: ExpertId; reason: IneligibleReason }[];
}

/** The kinds of long-term presence abroad that act as standing resources in a country. */
export const STATIONED_KINDS = ['medical-team', 'expert-mission'] as const;

/** One kind of long-term presence, e.g. a stationed "medical-team". */
export type StationedKind = (typeof STATIONED_KINDS)[number];

/** A long-term medical team stationed in a country: a standing resource the desk can call on. */
export interface StationedTeam {
  id: string;
  country: Iso3;
  kind: StationedKind;
  name: string;
  nameZh?: string;
  /** The province or hospital sending the team, e.g. "Jiangsu". */
  sendingProvince?: string;
  /** Where the team works, e.g. a hospital in the host country. */
  hostFacility?: string;
  members: number;
  specialties: Specialty[];
  since: IsoDate;
  /** Last day in the country, or null while still there. */
  until: IsoDate | null;
}
