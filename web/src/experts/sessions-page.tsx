import { useEffect, useMemo, useState } from 'react';
import { sendJson } from '../api/client';
import { useFetch } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { Illustrative, Refusal, useSend, useSteadyFetch } from './ex-parts';
import { countryName, expertName, type CountryNames } from './ex-names';
import {
  durationLabel,
  loadCapitalZones,
  sessionLocalTimes,
  utcLabel,
  type ZoneLookup,
} from './ex-time';
import type { Expert, Session, SessionsResponse } from './experts.types';
import { SessionScheduler } from './session-scheduler';

/** The exchange sessions: totals, the scheduler with the slot finder, and each session's attendance. */
export function SessionsPage(props: { names: CountryNames }) {
  const { t } = useI18n();
  const sessions = useSteadyFetch<SessionsResponse>('/api/sessions');
  const roster = useFetch<{ experts: Expert[] }>('/api/experts');
  const experts = useMemo(
    () => (roster.state.status === 'ok' ? roster.state.data.experts : []),
    [roster.state],
  );
  const [latest, setLatest] = useState<string | null>(null);
  const zoneOf = useCapitalZones();

  return (
    <div className="ex-stack">
      <SessionScheduler
        experts={experts}
        names={props.names}
        onCreated={(id) => {
          setLatest(id);
          sessions.reload();
        }}
      />
      {sessions.state.status === 'error' ? (
        <ErrorNotice error={sessions.state.error} what="ex.error.load" onRetry={sessions.reload} />
      ) : sessions.state.status === 'loading' ? (
        <Loading />
      ) : (
        <section
          className="card ex-section"
          aria-labelledby="ex-ses-title"
          data-testid="ex-sessions"
        >
          <div className="card-head">
            <h2 id="ex-ses-title">{t('ex.ses.title')}</h2>
            <span className="muted" data-testid="ex-ses-summary">
              {t('ex.ses.summary', { ...sessions.state.data.summary })}
            </span>
          </div>
          <ul className="ex-list">
            {[...sessions.state.data.sessions]
              .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
              .map((s) => (
                <SessionItem
                  key={s.id}
                  session={s}
                  experts={experts}
                  names={props.names}
                  zoneOf={zoneOf}
                  highlight={s.id === latest}
                  onChanged={sessions.reload}
                />
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** A lookup that knows no zone: the local times show "—" when the zones could not be loaded. */
const noZone: ZoneLookup = () => null;

/** The capitals' time zones once their chunk has loaded (null until then). */
function useCapitalZones(): ZoneLookup | null {
  const [zones, setZones] = useState<{ zoneOf: ZoneLookup } | null>(null);
  useEffect(() => {
    let live = true;
    loadCapitalZones().then(
      (zoneOf) => live && setZones({ zoneOf }),
      () => live && setZones({ zoneOf: noZone }),
    );
    return () => {
      live = false;
    };
  }, []);
  return zones?.zoneOf ?? null;
}

function SessionItem(props: {
  session: Session;
  experts: readonly Expert[];
  names: CountryNames;
  zoneOf: ZoneLookup | null;
  highlight: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  const s = props.session;
  const zoneOf = props.zoneOf;
  const hosts = s.hostExperts.map((id) => {
    const e = props.experts.find((x) => x.id === id);
    return e ? expertName(e, lang) : id;
  });
  return (
    <li
      data-session={s.id}
      data-attendees={s.attendees}
      className={props.highlight ? 'ex-new' : ''}
    >
      <strong>{lang === 'zh' && s.topicZh ? s.topicZh : s.topic}</strong>{' '}
      <Illustrative show={s.basis === 'illustrative'} />
      <div className="muted">
        {t('ex.ses.when', {
          time: utcLabel(s.startsAt),
          duration: durationLabel(s.durationMinutes),
        })}
        {hosts.length > 0 && ` · ${t('ex.ses.hosts')}: ${hosts.join(', ')}`}
      </div>
      <div>
        {[...s.countries.map((c) => countryName(props.names, c, lang)), ...s.organisations].join(
          ', ',
        )}
      </div>
      <details>
        <summary>{t('ex.ses.localTimes')}</summary>
        {zoneOf === null ? (
          <Loading height={40} />
        ) : (
          <table className="ex-table ex-compact">
            <tbody>
              {sessionLocalTimes(s.startsAt, s.durationMinutes, s.countries, zoneOf).map((r) => (
                <tr key={r.country}>
                  <td>{countryName(props.names, r.country, lang)}</td>
                  <td className="muted">{r.timeZone ?? '—'}</td>
                  <td className="ex-dates">
                    {r.start && r.end ? `${r.start.date} ${r.start.time}–${r.end.time}` : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
      <Attendance session={s} names={props.names} onChanged={props.onChanged} />
    </li>
  );
}

function Attendance(props: { session: Session; names: CountryNames; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const s = props.session;
  const choices = [...s.countries, ...s.organisations];
  const [participant, setParticipant] = useState(choices[0] ?? '');
  const [attendees, setAttendees] = useState('');
  const send = useSend();
  const label = (p: string) => (s.countries.includes(p) ? countryName(props.names, p, lang) : p);

  const submit = async () => {
    const n = Number(attendees);
    if (attendees.trim() === '' || !Number.isInteger(n) || n < 0) {
      send.fail(`attendees must be a whole number: "${attendees}"`, 'attendees');
      return;
    }
    const ok = await send.run(() =>
      sendJson<Session>('POST', `/api/sessions/${encodeURIComponent(s.id)}/attendance`, {
        participant: participant.trim(),
        attendees: n,
      }),
    );
    if (ok) {
      setAttendees('');
      props.onChanged();
    }
  };

  return (
    <div className="ex-attendance">
      <span className="muted">{t('ex.ses.attendance')}: </span>
      {s.attendance.length === 0
        ? t('ex.ses.noAttendance')
        : s.attendance.map((a) => `${label(a.participant)} ${a.attendees}`).join(', ')}{' '}
      <strong data-testid={`ex-ses-total-${s.id}`}>{t('ex.ses.total', { n: s.attendees })}</strong>
      <form
        className="ex-form-row"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <select
          aria-label={t('ex.ses.participant')}
          data-testid={`ex-att-who-${s.id}`}
          value={participant}
          onChange={(e) => setParticipant(e.target.value)}
        >
          {choices.map((c) => (
            <option key={c} value={c}>
              {label(c)}
            </option>
          ))}
        </select>
        <input
          type="number"
          min={0}
          aria-label={t('ex.ses.attendees')}
          data-testid={`ex-att-n-${s.id}`}
          value={attendees}
          onChange={(e) => setAttendees(e.target.value)}
        />
        <button
          type="submit"
          className="button"
          data-testid={`ex-att-record-${s.id}`}
          disabled={send.busy || choices.length === 0}
        >
          {t('ex.ses.record')}
        </button>
      </form>
      <Refusal error={send.error} />
    </div>
  );
}
