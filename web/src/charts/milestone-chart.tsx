import type { MilestonesResponse } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { formatCount, formatDayCount, formatLongDate, formatShortDate } from '../lib/format';
import { firstCaseDate, milestoneSentence } from '../lib/milestones';

/** The world milestones: a sentence built from the data and one bar per milestone, its length the days it took. */
export function MilestoneChart(props: {
  data: MilestonesResponse;
  sourceName: string;
  startsWithSeries: (firstCase: string | null) => boolean;
}) {
  const { t, lang } = useI18n();
  const { milestones, every } = props.data;
  const longest = Math.max(1, ...milestones.map((m) => m.days));
  const start = firstCaseDate(milestones);
  return (
    <section className="card milestones-card" aria-labelledby="milestones-title">
      <div className="card-head">
        <h2 id="milestones-title">{t('milestones.title')}</h2>
        <span className="muted">
          {t('milestones.subtitle', { every: formatCount(every, lang) })}
        </span>
      </div>
      <p className="milestone-sentence" data-testid="milestone-sentence">
        {milestoneSentence(milestones, every, lang)}
      </p>
      <ol className="milestone-bars">
        {milestones.map((m) => (
          <li key={m.cases} data-cases={m.cases} data-days={m.days}>
            <span className="milestone-label">
              {t('milestones.row', { cases: formatCount(m.cases, lang) })}
            </span>
            <span className="milestone-track">
              <span
                className="milestone-bar"
                style={{ width: `${Math.max(2, (m.days / longest) * 100)}%` }}
              />
              <span className="milestone-days">{formatDayCount(m.days, lang)}</span>
            </span>
            <span className="milestone-date">
              {t('milestones.reached', { date: formatShortDate(m.date, lang) })}
            </span>
          </li>
        ))}
      </ol>
      {start && (
        <p className="footnote">
          {t('milestones.footnote', {
            date: formatLongDate(start, lang),
            source: props.sourceName,
          })}{' '}
          {props.startsWithSeries(start) && t('milestones.seriesStart')}
        </p>
      )}
    </section>
  );
}
