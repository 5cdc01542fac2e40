import { useState } from 'react';
import { sendJson } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Refusal, useSend } from './ex-parts';
import { codeList, countryName, expertName, type CountryNames } from './ex-names';
import { dayShift, splitLocal, toRfc3339Utc, utcLabel } from './ex-time';
import type { Expert, Session, SessionSlot } from './experts.types';

const SLOT_LIMIT = 6;

/**
 * Schedules an exchange session: topic, hosts and participants; the slot finder proposes times inside
 * working hours in every participant's capital, each shown in each capital's local time.
 */
export function SessionScheduler(props: {
  experts: readonly Expert[];
  names: CountryNames;
  onCreated: (id: string) => void;
}) {
  const { t, lang } = useI18n();
  const [topic, setTopic] = useState('');
  const [topicZh, setTopicZh] = useState('');
  const [hosts, setHosts] = useState<string[]>([]);
  const [participants, setParticipants] = useState('ITA, PAK, IRN');
  const [organisations, setOrganisations] = useState('WHO');
  const [from, setFrom] = useState('2020-03-30');
  const [to, setTo] = useState('2020-04-03');
  const [duration, setDuration] = useState('90');
  const [slots, setSlots] = useState<SessionSlot[] | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const find = useSend();
  const create = useSend();

  const search = async () => {
    setCreated(null);
    const answer = await find.run(() =>
      sendJson<{ slots: SessionSlot[] }>('POST', '/api/sessions/slots', {
        participants: codeList(participants),
        from,
        to,
        durationMinutes: Number(duration),
        limit: SLOT_LIMIT,
      }),
    );
    setSlots(answer ? answer.slots : null);
  };

  const pick = async (slot: SessionSlot) => {
    const answer = await create.run(() =>
      sendJson<Session>('POST', '/api/sessions', {
        topic,
        ...(topicZh.trim() ? { topicZh: topicZh.trim() } : {}),
        startsAt: toRfc3339Utc(slot.startUtc),
        durationMinutes: Number(duration),
        countries: codeList(participants),
        organisations: codeList(organisations, false),
        hostExperts: hosts,
      }),
    );
    if (answer) {
      setCreated(answer.startsAt);
      props.onCreated(answer.id);
    }
  };

  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-sched-title"
      data-testid="ex-scheduler"
    >
      <div className="card-head">
        <h2 id="ex-sched-title">{t('ex.ses.schedule')}</h2>
      </div>
      <form
        className="ex-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <div className="ex-form-row">
          <label className="ex-grow">
            {t('ex.ses.topic')}
            <input
              data-testid="ex-ses-topic"
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
            />
          </label>
          <label className="ex-grow">
            {t('ex.ses.topicZh')}
            <input value={topicZh} onChange={(e) => setTopicZh(e.target.value)} />
          </label>
        </div>
        <div className="ex-form-row">
          <label className="ex-grow">
            {t('ex.ses.participants')}
            <input
              data-testid="ex-ses-participants"
              value={participants}
              onChange={(e) => setParticipants(e.target.value)}
            />
          </label>
          <label>
            {t('ex.ses.organisations')}
            <input value={organisations} onChange={(e) => setOrganisations(e.target.value)} />
          </label>
        </div>
        <div className="ex-form-row">
          <label>
            {t('ex.ses.from')}
            <input
              type="date"
              data-testid="ex-ses-from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            {t('ex.ses.to')}
            <input
              type="date"
              data-testid="ex-ses-to"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
          <label>
            {t('ex.ses.duration')}
            <input
              type="number"
              min={15}
              max={600}
              step={15}
              data-testid="ex-ses-duration"
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
            />
          </label>
          <label>
            {t('ex.ses.hosts')}
            <select
              multiple
              size={3}
              data-testid="ex-ses-hosts"
              value={hosts}
              onChange={(e) => setHosts(Array.from(e.target.selectedOptions, (o) => o.value))}
            >
              {props.experts.map((x) => (
                <option key={x.id} value={x.id}>
                  {expertName(x, lang)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div>
          <button
            type="submit"
            className="button ex-primary"
            data-testid="ex-ses-find"
            disabled={find.busy}
          >
            {t('ex.ses.find')}
          </button>
        </div>
        <Refusal error={find.error} />
      </form>
      {slots && (
        <div data-testid="ex-slots">
          <p className="muted">{t('ex.ses.slotsHelp')}</p>
          {slots.length === 0 && <p>{t('ex.ses.noSlots')}</p>}
          <ol className="ex-slots">
            {slots.map((slot, i) => (
              <li key={slot.startUtc} data-slot={slot.startUtc}>
                <div className="ex-slot-head">
                  <strong>
                    {utcLabel(slot.startUtc)}–{utcLabel(slot.endUtc).slice(11)} UTC
                  </strong>
                  <span className="muted">
                    {t('ex.ses.margin', { minutes: slot.marginMinutes })}
                  </span>
                  <button
                    type="button"
                    className="button"
                    data-testid={`ex-slot-pick-${i}`}
                    disabled={create.busy || created !== null}
                    onClick={() => void pick(slot)}
                  >
                    {t('ex.ses.pick')}
                  </button>
                </div>
                <table className="ex-table ex-compact">
                  <thead>
                    <tr>
                      <th />
                      <th>{t('ex.ses.capital')}</th>
                      <th>{t('ex.ses.local')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {slot.participants.map((p) => {
                      const start = splitLocal(p.localStart);
                      const end = splitLocal(p.localEnd);
                      const shift = dayShift(slot.startUtc.slice(0, 10), start.date);
                      return (
                        <tr key={p.country} data-country={p.country} data-local={p.localStart}>
                          <td>
                            {countryName(props.names, p.country, lang)}{' '}
                            <span className="muted">{p.country}</span>
                          </td>
                          <td className="muted">{p.timeZone}</td>
                          <td className="ex-dates">
                            {start.date} {start.time}–{end.time}
                            {shift !== 0 && ` (${shift > 0 ? '+' : ''}${shift})`}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </li>
            ))}
          </ol>
          <Refusal error={create.error} />
          {created && (
            <p className="ex-ok" data-testid="ex-ses-created">
              {t('ex.ses.created', { time: utcLabel(created) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
