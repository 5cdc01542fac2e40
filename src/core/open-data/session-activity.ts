// One IATI activity per video exchange session: other technical assistance (D02) shared with the
// countries invited, the country percentages split evenly; held once attendance is recorded.
import { COVID_GLIDE, percentages, SECTORS } from './iati-codes';
import type { IatiActivity, Share } from './iati.types';
import type { ExchangeSessionRow, Publisher } from './open-data.types';
import { partyOf, type Party } from './parties';
import { identifierPart } from './supply-activity';

/** The iati-identifier of an exchange session's activity. */
export function sessionActivityId(publisherRef: string, sessionId: string): string {
  return `${publisherRef}-session-${identifierPart(sessionId)}`;
}

/** The activity for one exchange session (the donor's own country is never a recipient). */
export function sessionActivity(session: ExchangeSessionRow, publisher: Publisher): IatiActivity {
  const countries = session.countries
    .filter((c) => c.toUpperCase() !== 'CHN')
    .map(partyOf)
    .filter((p): p is Party & { iso2: string } => p.iso2 !== null);
  const organisations = session.organisations.map(partyOf);
  const split = percentages(countries.map(() => 1));
  const countryShares: Share[] = countries.map((c, i) => ({ code: c.iso2, percentage: split[i]! }));
  const regions: Share[] =
    countryShares.length === 0
      ? [{ code: organisations[0]?.dacRegion ?? '998', percentage: 100 }]
      : [];
  const day = session.startsAt.slice(0, 10);
  const held = session.attendees > 0;
  const invited = [...countries, ...organisations].map((p) => p.nameEn).join(', ');
  const demo = session.illustrative ? ' Illustrative demo data.' : '';
  return {
    identifier: sessionActivityId(publisher.reporting.ref, session.id),
    humanitarian: true,
    title: [
      { text: `Video exchange session: ${session.topic}` },
      ...(session.topicZh ? [{ lang: 'zh', text: `视频交流会：${session.topicZh}` }] : []),
    ],
    description: [
      {
        text:
          `Chinese experts share COVID-19 experience by video (${session.durationMinutes} minutes on ${day}) ` +
          `with ${invited || 'invited participants'}` +
          (held ? `; ${session.attendees} people attended.` : '.') +
          demo,
      },
    ],
    participating: [
      { role: '1', org: publisher.funding },
      { role: '2', org: publisher.extending },
      { role: '3', org: publisher.extending },
      ...organisations.map((o) => ({ role: '4' as const, org: o.org })),
    ],
    status: held ? '3' : '1',
    dates: held
      ? [
          { type: '2', date: day },
          { type: '4', date: day },
        ]
      : [
          { type: '1', date: day },
          { type: '3', date: day },
        ],
    countries: countryShares,
    regions,
    sectors: [{ code: SECTORS.covidControl, percentage: 100 }],
    glide: COVID_GLIDE,
    aidType: 'D02',
    transactions: [],
  };
}
