// The shapes the experts, sessions and guidance endpoints answer with (see src/api/*.schema.ts).

/** Where a record comes from: the seed document, illustrative demo content, or entered by a user. */
export type Basis = 'seed' | 'illustrative' | 'entered';

/** A date range, both ends included (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/** An expert on the roster. */
export interface Expert {
  id: string;
  name: string;
  nameZh?: string;
  specialties: string[];
  languages: string[];
  institution: string;
  availability: DateRange[];
  deployments: (DateRange & { country: string })[];
  basis: Basis;
}

/** A long-term medical team or expert mission stationed in a country. */
export interface StationedTeam {
  id: string;
  country: string;
  kind: 'medical-team' | 'expert-mission';
  name: string;
  nameZh?: string;
  members: number;
  specialties: string[];
  since: string;
  until: string | null;
  basis: Basis;
}

/** The body of POST /api/teams/propose. */
export interface TeamRequestBody {
  country: string;
  specialties: { specialty: string; count: number }[];
  languages: string[];
  from: string;
  to: string;
}

/** A member's role in a proposed team: one specialty slot, or the extra member who speaks the language. */
export type TeamRole = { kind: 'specialty'; specialty: string } | { kind: 'language' };

/** The answer of POST /api/teams/propose. */
export interface TeamProposal {
  complete: boolean;
  members: { expertId: string; role: TeamRole; speaks: string[]; pastDeploymentDays: number }[];
  uncovered: (
    | { kind: 'specialty'; specialty: string; missing: number }
    | { kind: 'language'; languages: string[] }
  )[];
  objective: {
    requiredSlots: number;
    filledSlots: number;
    languageMet: boolean;
    maxPastDays: number;
    totalPastDays: number;
    people: number;
  };
  ineligible: { expertId: string; reason: string }[];
  request: TeamRequestBody;
  restDays: number;
  names: Record<string, { name: string; institution: string }>;
}

/** The kinds of entry in a deployment's activity log. */
export const ACTIVITY_KINDS = ['command-meeting', 'training', 'hospital-visit', 'advice'] as const;
/** One kind of activity-log entry. */
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One entry of a deployment's activity log. */
export interface Activity {
  id: number;
  deploymentId: string;
  kind: ActivityKind;
  onDate: string;
  title: string;
  attendees: number | null;
  place: string | null;
  note: string | null;
}

/** A deployment with members, activity log and counts. */
export interface Deployment {
  id: string;
  name: string;
  country: string;
  fromDate: string;
  toDate: string;
  status: string;
  objectives: string[];
  unlistedMembers: number;
  basis: Basis;
  sourceNote: string | null;
  members: { expertId: string; role: string; name: string }[];
  activities: Activity[];
  counts: {
    commandMeetings: number;
    trainings: number;
    trainees: number;
    hospitalVisits: number;
    advice: number;
  };
}

/** One participant's view of a proposed session time. */
export interface SlotParticipant {
  country: string;
  timeZone: string;
  localStart: string;
  localEnd: string;
  minutesAfterStart: number;
  minutesBeforeEnd: number;
}

/** A start time the slot finder proposes. */
export interface SessionSlot {
  startUtc: string;
  endUtc: string;
  marginMinutes: number;
  participants: SlotParticipant[];
}

/** An exchange session with attendance. */
export interface Session {
  id: string;
  topic: string;
  topicZh: string | null;
  startsAt: string;
  durationMinutes: number;
  countries: string[];
  organisations: string[];
  hostExperts: string[];
  basis: Basis;
  attendance: { participant: string; attendees: number }[];
  attendees: number;
}

/** GET /api/sessions. */
export interface SessionsResponse {
  sessions: Session[];
  summary: { sessions: number; countries: number; organisations: number; attendees: number };
}

/** One language of a guidance version (the body only when one document is asked for). */
export interface Translation {
  language: string;
  title: string;
  body?: string;
  checksum?: string;
}

/** One version of a guidance document. */
export interface GuidanceVersion {
  version: number;
  publishedAt: string;
  changeNote?: string;
  illustrative: boolean;
  translations: Translation[];
}

/** A guidance document with its versions. */
export interface GuidanceDocument {
  id: string;
  kind: string;
  issuer: string;
  originalLanguage: string;
  versions: GuidanceVersion[];
}

/** One line of a diff between two versions. */
export interface DiffLine {
  op: 'equal' | 'remove' | 'add';
  text: string;
  oldLine?: number;
  newLine?: number;
}

/** GET /api/guidance/:id/diff. */
export interface GuidanceDiff {
  documentId: string;
  language: string;
  from: number;
  to: number;
  added: number;
  removed: number;
  unchanged: number;
  hunks: { oldStart: number; newStart: number; lines: DiffLine[] }[];
}

/** A delivery of a version to a recipient. */
export interface Delivery {
  documentId: string;
  version: number;
  language: string;
  recipient: string;
  deliveredAt: string;
}

/** GET /api/guidance/deliveries. */
export interface DeliveriesResponse {
  deliveries: Delivery[];
  outdated: {
    recipient: string;
    documentId: string;
    holds: number;
    latest: number;
    receivedAt: string;
  }[];
}

/** One hit of GET /api/guidance/search. */
export interface SearchHit {
  documentId: string;
  version: number;
  language: string;
  title: string;
  score: number;
  matched: string[];
}
