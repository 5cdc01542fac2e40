// One IATI activity per expert team sent abroad: technical assistance by donor country personnel (D01),
// without transactions (people are not priced), its dates and status from the deployment.
import { COVID_GLIDE, SECTORS } from './iati-codes';
import type { ActivityStatus, IatiActivity } from './iati.types';
import type { ExpertTeamRow, Publisher } from './open-data.types';
import { partyOf } from './parties';
import { identifierPart } from './supply-activity';

const STATUS: Record<ExpertTeamRow['status'], ActivityStatus> = {
  requested: '1',
  planned: '1',
  deployed: '2',
  returned: '3',
};

/** The iati-identifier of an expert team's activity. */
export function teamActivityId(publisherRef: string, teamId: string): string {
  return `${publisherRef}-team-${identifierPart(teamId)}`;
}

/** The activity for one expert team. */
export function teamActivity(team: ExpertTeamRow, publisher: Publisher): IatiActivity {
  const party = partyOf(team.country);
  const started = team.status === 'deployed' || team.status === 'returned';
  const objectives = team.objectives.length ? ` Objectives: ${team.objectives.join('; ')}.` : '';
  const demo = team.illustrative ? ' Illustrative demo data.' : '';
  return {
    identifier: teamActivityId(publisher.reporting.ref, team.id),
    humanitarian: true,
    title: [
      { text: `Medical expert team to ${party.nameEn}: ${team.name}` },
      { lang: 'zh', text: `赴${party.nameZh}医疗专家组：${team.name}` },
    ],
    description: [
      {
        text: `A team of ${team.members} medical expert(s) sent to ${party.nameEn} from ${team.fromDate} to ${team.toDate}.${objectives}${demo}`,
      },
      { lang: 'zh', text: `派往${party.nameZh}的医疗专家组，共${team.members}人。` },
    ],
    participating: [
      { role: '1', org: publisher.funding },
      { role: '2', org: publisher.extending },
      { role: '3', org: publisher.extending },
      { role: '4', org: party.org },
    ],
    status: STATUS[team.status],
    dates: [
      { type: '1', date: team.fromDate },
      ...(started ? [{ type: '2' as const, date: team.fromDate }] : []),
      { type: '3', date: team.toDate },
      ...(team.status === 'returned' ? [{ type: '4' as const, date: team.toDate }] : []),
    ],
    countries: party.iso2 ? [{ code: party.iso2, percentage: 100 }] : [],
    regions: party.dacRegion ? [{ code: party.dacRegion, percentage: 100 }] : [],
    sectors: [{ code: SECTORS.covidControl, percentage: 100 }],
    glide: COVID_GLIDE,
    aidType: 'D01',
    transactions: [],
  };
}
