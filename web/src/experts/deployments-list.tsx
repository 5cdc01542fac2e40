import { useState } from 'react';
import { sendJson } from '../api/client';
import type { FetchState } from '../api/use-fetch';
import { ErrorNotice, Loading } from '../components/status';
import { useI18n } from '../i18n/i18n';
import { Illustrative, Refusal, useSend } from './ex-parts';
import { countryName, labelOf, type CountryNames } from './ex-names';
import { ACTIVITY_KINDS, type Activity, type ActivityKind, type Deployment } from './experts.types';

/** Every deployment with its counts; the open one shows its activity log and a form to add to it. */
export function DeploymentsList(props: {
  state: FetchState<{ deployments: Deployment[] }>;
  reload: () => void;
  open: string | null;
  onOpen: (id: string | null) => void;
  names: CountryNames;
}) {
  const { t, lang } = useI18n();
  if (props.state.status === 'error') {
    return <ErrorNotice error={props.state.error} what="ex.error.load" onRetry={props.reload} />;
  }
  if (props.state.status === 'loading') return <Loading />;
  const list = props.state.data.deployments;
  return (
    <section
      className="card ex-section"
      aria-labelledby="ex-dep-title"
      data-testid="ex-deployments"
    >
      <div className="card-head">
        <h2 id="ex-dep-title">{t('ex.dep.title')}</h2>
      </div>
      <table className="ex-table">
        <thead>
          <tr>
            <th>{t('ex.col.name')}</th>
            <th>{t('ex.dep.dates')}</th>
            <th>{t('ex.dep.status')}</th>
            <th className="num">{t('ex.dep.members')}</th>
            <th>{t('ex.dep.log')}</th>
          </tr>
        </thead>
        {list.map((d) => {
          const isOpen = props.open === d.id;
          return (
            <tbody key={d.id} data-deployment={d.id} className={isOpen ? 'ex-open' : ''}>
              <tr>
                <td>
                  <button
                    type="button"
                    className="ex-link"
                    data-testid={`ex-dep-${d.id}`}
                    aria-expanded={isOpen}
                    onClick={() => props.onOpen(isOpen ? null : d.id)}
                  >
                    {d.name}
                  </button>{' '}
                  <Illustrative show={d.basis !== 'entered'} />
                  <div className="muted">{countryName(props.names, d.country, lang)}</div>
                </td>
                <td className="ex-dates">
                  {d.fromDate} – {d.toDate}
                </td>
                <td>{labelOf('ex.dep.status.', d.status, lang)}</td>
                <td className="num">{d.members.length + d.unlistedMembers}</td>
                <td className="muted">
                  {t('ex.dep.counts', {
                    meetings: d.counts.commandMeetings,
                    trainings: d.counts.trainings,
                    trainees: d.counts.trainees,
                    visits: d.counts.hospitalVisits,
                    advice: d.counts.advice,
                  })}
                </td>
              </tr>
              {isOpen && (
                <tr>
                  <td colSpan={5}>
                    <DeploymentDetail deployment={d} onAdded={props.reload} />
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}

function DeploymentDetail(props: { deployment: Deployment; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const d = props.deployment;
  return (
    <div className="ex-detail" data-testid="ex-dep-detail">
      {d.sourceNote && <p className="muted">{d.sourceNote}</p>}
      {d.objectives.length > 0 && (
        <p>
          <strong>{t('ex.dep.objectives')}: </strong>
          {d.objectives.join('; ')}
        </p>
      )}
      <p>
        <strong>{t('ex.dep.members')}: </strong>
        {d.members
          .map(
            (m) =>
              `${m.name} (${m.role === 'language' ? t('ex.builder.roleLanguage') : labelOf('ex.sp.', m.role, lang)})`,
          )
          .join(', ') || t('ex.none')}
        {d.unlistedMembers > 0 && ` ${t('ex.dep.unlisted', { n: d.unlistedMembers })}`}
      </p>
      <h3 className="ex-h">{t('ex.dep.log')}</h3>
      {d.activities.length === 0 ? (
        <p className="muted">{t('ex.dep.emptyLog')}</p>
      ) : (
        <ol className="ex-log" data-testid="ex-log">
          {d.activities.map((a) => (
            <ActivityItem key={a.id} activity={a} />
          ))}
        </ol>
      )}
      <ActivityForm deployment={d} onAdded={props.onAdded} />
    </div>
  );
}

function ActivityItem({ activity: a }: { activity: Activity }) {
  const { t, lang } = useI18n();
  return (
    <li data-kind={a.kind} data-attendees={a.attendees ?? ''}>
      <span className="ex-dates">{a.onDate}</span> ·{' '}
      <strong>{labelOf('ex.act.', a.kind, lang)}</strong>: {a.title}
      {a.attendees !== null && ` · ${t('ex.act.attendees', { n: a.attendees })}`}
      {a.place && ` · ${a.place}`}
      {a.note && <div className="muted">{a.note}</div>}
    </li>
  );
}

function ActivityForm(props: { deployment: Deployment; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const d = props.deployment;
  const [kind, setKind] = useState<ActivityKind>('training');
  const [on, setOn] = useState(d.fromDate);
  const [title, setTitle] = useState('');
  const [attendees, setAttendees] = useState('');
  const [place, setPlace] = useState('');
  const send = useSend();

  const submit = async () => {
    const count = attendees.trim() === '' ? undefined : Number(attendees);
    if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
      send.fail(`attendees must be a whole number: "${attendees}"`, 'attendees');
      return;
    }
    const body = {
      kind,
      on,
      title,
      ...(count !== undefined ? { attendees: count } : {}),
      ...(place.trim() ? { place: place.trim() } : {}),
    };
    const ok = await send.run(() =>
      sendJson<Activity>('POST', `/api/deployments/${encodeURIComponent(d.id)}/activities`, body),
    );
    if (ok) {
      setTitle('');
      setAttendees('');
      setPlace('');
      props.onAdded();
    }
  };

  return (
    <form
      className="ex-form ex-form-row"
      data-testid="ex-activity-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('ex.act.kind')}
        <select
          data-testid="ex-act-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as ActivityKind)}
        >
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {labelOf('ex.act.', k, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ex.act.on')}
        <input
          type="date"
          data-testid="ex-act-on"
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
      </label>
      <label className="ex-grow">
        {t('ex.act.titleField')}
        <input
          data-testid="ex-act-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        {t('ex.act.attendeesField')}
        <input
          type="number"
          min={0}
          data-testid="ex-act-attendees"
          value={attendees}
          onChange={(e) => setAttendees(e.target.value)}
        />
      </label>
      <label>
        {t('ex.act.place')}
        <input
          data-testid="ex-act-place"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        />
      </label>
      <div>
        <button
          type="submit"
          className="button ex-primary"
          data-testid="ex-act-add"
          disabled={send.busy}
        >
          {t('ex.act.add')}
        </button>
      </div>
      <Refusal error={send.error} />
    </form>
  );
}
