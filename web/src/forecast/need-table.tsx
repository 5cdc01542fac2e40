import { useState } from 'react';
import type { Band } from '../../../src/core/forecast';
import type { MessageKey } from '../i18n/dictionaries';
import { useI18n } from '../i18n/i18n';
import { LOCALES, type Lang } from '../i18n/translate';
import { formatCompact, formatCount } from '../lib/format';
import type { NeedRow } from './need-rows';
import { parseStock } from './what-if-model';
import { referenceValue, rowsByGroup } from './need-rows';

function formatUsd(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
}

function Figure(props: { band: Band; testId?: string; format?: (v: number) => string }) {
  const { lang } = useI18n();
  const format = props.format ?? ((v: number) => formatCompact(v, lang));
  const { value, low, high } = props.band;
  return (
    <>
      <span className="need-value" data-testid={props.testId}>
        {props.format ? format(value) : formatCount(value, lang)}
      </span>
      {(low !== value || high !== value) && (
        <span className="need-band">
          {format(low)}–{format(high)}
        </span>
      )}
    </>
  );
}

/** Gross and net need per item over the horizon, grouped, with stock on hand as a what-if input. */
export function NeedTable(props: {
  rows: readonly NeedRow[];
  caption: string;
  editable: boolean;
  onStock: (item: string, value: number | null) => void;
}) {
  const { t, lang } = useI18n();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const value = referenceValue(props.rows);
  const usd = (v: number) => formatUsd(v, lang);
  const onChange = (item: string, text: string) => {
    setDrafts({ ...drafts, [item]: text });
    const parsed = parseStock(text);
    if (parsed !== 'invalid') props.onStock(item, parsed);
  };
  return (
    <div className="table-scroll need-scroll">
      <table className="need-table" data-testid="forecast-table">
        <caption>
          {props.caption} {t('forecast.table.priceNote')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('forecast.table.item')}</th>
            <th scope="col" className="num">
              {t('forecast.table.gross')}
            </th>
            <th scope="col" className="num">
              {t('forecast.table.stock')}
            </th>
            <th scope="col" className="num">
              {t('forecast.table.net')}
            </th>
          </tr>
        </thead>
        {rowsByGroup(props.rows).map(({ group, rows }) => (
          <tbody key={group}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={4}>
                {t(`forecast.group.${group}` as MessageKey)}
              </th>
            </tr>
            {rows.map((row) => {
              const draft = drafts[row.id];
              const invalid = draft !== undefined && parseStock(draft) === 'invalid';
              const name = lang === 'zh' ? row.nameZh : row.nameEn;
              return (
                <tr key={row.id} data-item={row.id}>
                  <th scope="row" className="need-item">
                    {name}
                    {row.reusable && (
                      <span className="reusable" title={t('forecast.table.reusable')}>
                        {' '}
                        ↻
                      </span>
                    )}
                    <span className="need-unit">
                      {row.noRate
                        ? t('forecast.table.noRate')
                        : t(`forecast.unit.${row.unit}` as MessageKey)}
                    </span>
                  </th>
                  <td className="num">
                    <Figure band={row.gross} testId={`gross-${row.id}`} />
                  </td>
                  <td className="num">
                    <input
                      className="stock-input"
                      type="text"
                      inputMode="numeric"
                      aria-label={`${t('forecast.table.stock')}: ${name}`}
                      aria-invalid={invalid}
                      disabled={!props.editable}
                      placeholder="0"
                      value={draft ?? (row.stock > 0 ? String(row.stock) : '')}
                      onChange={(e) => onChange(row.id, e.target.value)}
                    />
                  </td>
                  <td className="num net">
                    <Figure band={row.net} testId={`net-${row.id}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row">{t('forecast.table.value')}</th>
            <td className="num">
              <Figure band={value.gross} format={usd} testId="value-gross" />
            </td>
            <td />
            <td className="num net">
              <Figure band={value.net} format={usd} testId="value-net" />
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
