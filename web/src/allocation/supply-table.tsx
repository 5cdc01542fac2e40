import type { AllocationPlan } from '../../../src/core/allocation';
import { useI18n } from '../i18n/i18n';
import { formatCount, formatLongDate } from '../lib/format';
import type { NameBook } from './names';
import { formatPercent } from './plan-format';

/** Per item: stock, production by the ship date, the domestic reserve, what is available and allocated. */
export function SupplyTable(props: { plan: AllocationPlan; names: NameBook; shipDate: string }) {
  const { t, lang } = useI18n();
  const n = (x: number) => formatCount(x, lang);
  return (
    <section className="card plan-supply" aria-labelledby="plan-supply-title">
      <div className="card-head">
        <h2 id="plan-supply-title">{t('plan.supply.title')}</h2>
      </div>
      <div className="supply-scroll">
        <table className="country-table supply-table" data-testid="plan-supply">
          <thead>
            <tr>
              <th scope="col">{t('plan.col.item')}</th>
              <th scope="col" className="num">
                {t('plan.supply.stock')}
              </th>
              <th scope="col" className="num">
                {t('plan.supply.producible')}
              </th>
              <th scope="col" className="num">
                {t('plan.supply.reserve')}
              </th>
              <th scope="col" className="num">
                {t('plan.supply.available')}
              </th>
              <th scope="col" className="num">
                {t('plan.col.need')}
              </th>
              <th scope="col" className="num">
                {t('plan.col.allocated')}
              </th>
              <th scope="col" className="num">
                {t('plan.supply.covers')}
              </th>
              <th scope="col" className="num">
                {t('plan.supply.left')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.plan.items.map((item) => (
              <tr key={item.item} data-item={item.item}>
                <td>{props.names.item(item.item)}</td>
                <td className="num">{n(item.stock)}</td>
                <td className="num">{n(item.producible)}</td>
                <td className="num reserve">{n(item.reserve)}</td>
                <td className="num strong" data-testid={`available-${item.item}`}>
                  {n(item.available)}
                </td>
                <td className="num">{n(item.need)}</td>
                <td className="num strong" data-testid={`allocated-${item.item}`}>
                  {n(item.allocated)}
                </td>
                <td className="num">
                  {formatPercent(
                    item.need > 0 ? Math.min(1, item.available / item.need) : null,
                    lang,
                  )}
                </td>
                <td className="num">{n(item.leftover)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="map-note">
        {t('plan.supply.caption', { shipDate: formatLongDate(props.shipDate, lang) })}
      </p>
    </section>
  );
}
