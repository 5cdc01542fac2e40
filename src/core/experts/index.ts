// Expert teams and exchange sessions, the pure core: roster, team builder, stationed teams, slot finder.
export type * from './types';
export { SPECIALTIES, STATIONED_KINDS } from './types';
export { ExpertInputError } from './input-error';
export type { ExpertIssue } from './input-error';
export { checkRoster, checkTeamRequest, isLanguageCode, isSpecialty } from './validate';
export {
  conflictingDeployment,
  ineligibility,
  isAvailable,
  mergeWindows,
  pastDeploymentDays,
} from './eligibility';
export { DEFAULT_REST_DAYS } from './team-problem';
export { buildTeam, buildTeamExhaustively } from './team-builder';
export {
  activeStationedTeams,
  checkStationedTeams,
  isStationedOn,
  stationedSpecialties,
  summariseStationed,
} from './stationed';
export type { StationedSummary } from './stationed';
export { CAPITAL_TIME_ZONES, capitalTimeZone, isValidTimeZone } from './time-zones';
export { localTime } from './local-time';
export type { LocalTime } from './local-time';
export { DEFAULT_WORKING_HOURS, MAX_SLOT_RANGE_DAYS, evaluateSlot, findSlots } from './slot-finder';
export type { ParticipantTime, SessionSlot, SlotQuery, WorkingHours } from './slot-finder';
