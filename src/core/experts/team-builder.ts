import { prepareTeam, toProposal } from './team-problem';
import { solveTeamExhaustively } from './team-exhaustive';
import { solveTeam } from './team-solver';
import type { Expert, TeamOptions, TeamProposal, TeamRequest } from './types';
import { checkRoster, checkTeamRequest } from './validate';

/**
 * Proposes the best team for a request from the roster (see docs/methods/experts.md): every
 * specialty slot filled and a host language spoken if at all possible, then the load spread
 * fairly, then as few people as possible. Names what stays uncovered when no full team exists.
 * Throws ExpertInputError naming the field when the request, options or roster are invalid.
 */
export function buildTeam(
  request: TeamRequest,
  roster: readonly Expert[],
  options: TeamOptions = {},
): TeamProposal {
  checkTeamRequest(request, options);
  checkRoster(roster);
  const prepared = prepareTeam(request, roster, options);
  return toProposal(prepared, solveTeam(prepared.problem));
}

/** The same answer as buildTeam found by exhaustive search: a reference for tests (12 candidates at most). */
export function buildTeamExhaustively(
  request: TeamRequest,
  roster: readonly Expert[],
  options: TeamOptions = {},
): TeamProposal {
  checkTeamRequest(request, options);
  checkRoster(roster);
  const prepared = prepareTeam(request, roster, options);
  return toProposal(prepared, solveTeamExhaustively(prepared.problem));
}
