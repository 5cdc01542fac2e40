import type { SourceId } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { formatGrowthPercent, formatLongDate, formatShortDate } from '../lib/format';
import { weekDates } from './need-rows';

const SOURCE_NAMES: Readonly<Record<SourceId, string>> = { jhu: 'JHU CSSE', owid: 'OWID' };

/** The sentence every forecast figure stands on: a forecast, from which data, at which growth rate. */
export function ForecastBasis(props: {
  asOf: string;
  source: SourceId;
  rate: number | null;
  whatIf: boolean;
}) {
  const { t, lang } = useI18n();
  const week1 = weekDates(props.asOf, 1);
  const dates = {
    start: formatShortDate(week1.start, lang),
    end: formatShortDate(week1.end, lang),
  };
  return (
    <>
      <p className="forecast-basis" data-testid="forecast-basis">
        {props.rate === null
          ? t('forecast.basisSeries', dates)
          : t('forecast.basis', {
              ...dates,
              date: formatLongDate(props.asOf, lang),
              source: SOURCE_NAMES[props.source] ?? props.source,
              rate: t('unit.perDay', { n: formatGrowthPercent(props.rate, lang) }),
            })}
      </p>
      {props.whatIf && (
        <p className="what-if-banner" role="status" data-testid="what-if-banner">
          {t('forecast.whatIf.active')}
        </p>
      )}
    </>
  );
}
