import { useState } from 'react';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { NeedChart } from './need-chart';
import type { NeedRow } from './need-rows';
import { rowsByGroup } from './need-rows';

/** The item each group's chart opens on: the one most aid requests are about. */
const FIRST_ITEM: Readonly<Record<string, string>> = {
  diagnostics: 'test-pcr',
  ppe: 'mask-surgical',
  biomedical: 'ventilator',
};

/** One weekly chart per item group (diagnostics, PPE, biomedical), each with a choice of item. */
export function GroupCharts(props: { rows: readonly NeedRow[]; asOf: string }) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<Record<string, string>>(FIRST_ITEM);
  return (
    <div className="group-charts">
      {rowsByGroup(props.rows).map(({ group, rows }) => {
        const row = rows.find((r) => r.id === chosen[group]) ?? rows[0];
        if (!row) return null;
        const id = `chart-item-${group}`;
        return (
          <section key={group} className="group-chart" data-testid={`chart-${group}`}>
            <div className="group-chart-head">
              <h4>{t(`forecast.group.${group}` as MessageKey)}</h4>
              <label htmlFor={id} className="visually-hidden">
                {t('forecast.chart.item')}
              </label>
              <select
                id={id}
                className="select"
                value={row.id}
                onChange={(e) => setChosen({ ...chosen, [group]: e.target.value })}
              >
                {rows.map((r) => (
                  <option key={r.id} value={r.id}>
                    {lang === 'zh' ? r.nameZh : r.nameEn}
                  </option>
                ))}
              </select>
              <span className="chart-unit">
                {t(row.reusable ? 'forecast.chart.inService' : 'forecast.chart.perWeek')}
              </span>
            </div>
            <NeedChart row={row} asOf={props.asOf} />
          </section>
        );
      })}
    </div>
  );
}
