// One IATI activity per approved batch and recipient: the batch's decision for that recipient, with one
// commitment per item at its approval and one disbursement per item once goods have left.
import { itemById } from '../reference/catalogue';
import { COVID_GLIDE, percentages, SECTORS } from './iati-codes';
import type { IatiActivity, IatiTransaction, InKind, Narrative } from './iati.types';
import type { Publisher, SupplyRow } from './open-data.types';
import { partyOf } from './parties';

/** Where a batch line stands: "allocated" while some units are on no consignment, else its least advanced consignment. */
export function supplyStatus(row: SupplyRow): string {
  return row.leastStatus === null || row.packed < row.allocated ? 'allocated' : row.leastStatus;
}

/** Characters the IATI rules forbid in identifiers and refs (/ & | ?) and white space become "_". */
export function identifierPart(value: string): string {
  return value.replace(/[/&|?\s]/g, '_');
}

/** The iati-identifier of the activity for a batch and a recipient. */
export function supplyActivityId(publisherRef: string, batchId: string, recipient: string): string {
  return `${publisherRef}-${identifierPart(batchId)}-${identifierPart(recipient)}`;
}

const day = (iso: string) => iso.slice(0, 10);
const money = (usd: number) => Math.round(usd * 100) / 100;

function priced(row: SupplyRow, quantity: number): { value: number; inKind: InKind } {
  const item = itemById(row.item);
  const unitValueUsd = item?.referencePriceUsd ?? null;
  return {
    value: money(quantity * (unitValueUsd ?? 0)),
    inKind: {
      item: row.item,
      unit: item?.unit ?? 'unit',
      quantity,
      unitValueUsd,
      priceBasis: item?.priceBasis ?? 'none',
    },
  };
}

function describe(row: SupplyRow, quantity: number, inKind: InKind, verb: string): Narrative[] {
  const name = itemById(row.item);
  const price =
    inKind.unitValueUsd === null
      ? 'no reference price (valued at 0)'
      : `reference price USD ${inKind.unitValueUsd} per ${inKind.unit} (${inKind.priceBasis === 'esft' ? 'WHO ESFT' : 'illustrative'})`;
  return [
    {
      text: `In kind: ${quantity} x ${name?.nameEn ?? row.item} ${verb}; ${price}. A reference value, not a payment.`,
    },
    {
      lang: 'zh',
      text: `实物援助：${name?.nameZh ?? row.item} ${quantity}；按参考价计值，并非资金支付。`,
    },
  ];
}

/** The activity for one batch and recipient, from its rows (one per item, all of the same batch and recipient). */
export function supplyActivity(rows: readonly SupplyRow[], publisher: Publisher): IatiActivity {
  const first = rows[0];
  if (!first) throw new Error('supplyActivity needs at least one row');
  const stray = rows.find((r) => r.batchId !== first.batchId || r.recipient !== first.recipient);
  if (stray) {
    throw new Error(
      `rows of one activity must share batch and recipient: ${first.batchId}/${first.recipient} vs ${stray.batchId}/${stray.recipient}`,
    );
  }
  const party = partyOf(first.recipient);
  const via = first.via ? partyOf(first.via) : null;
  const receiver = via?.org ?? party.org;
  const donor = publisher.funding;
  const id = supplyActivityId(publisher.reporting.ref, first.batchId, first.recipient);
  const approved = day(first.approvedAt);
  const transactions: IatiTransaction[] = [];
  const weights = { covid: 0, health: 0 };
  for (const row of rows) {
    const commitment = priced(row, row.allocated);
    const group = itemById(row.item)?.group;
    weights[group === 'biomedical' ? 'health' : 'covid'] += commitment.value;
    transactions.push({
      ref: `${id}-${identifierPart(row.item)}-c`,
      type: '2',
      date: approved,
      valueUsd: commitment.value,
      description: describe(row, row.allocated, commitment.inKind, 'allocated'),
      provider: donor,
      receiver,
      inKind: commitment.inKind,
    });
    if (row.shipped > 0 && row.firstDeparted) {
      const shipped = priced(row, row.shipped);
      transactions.push({
        ref: `${id}-${identifierPart(row.item)}-d`,
        type: '3',
        date: day(row.firstDeparted),
        valueUsd: shipped.value,
        description: describe(row, row.shipped, shipped.inKind, 'shipped'),
        provider: donor,
        receiver,
        inKind: {
          ...shipped.inKind,
          received: row.received,
          damaged: row.damaged,
          missing: row.missing,
        },
      });
    }
  }
  const done = rows.every((r) => supplyStatus(r) === 'received');
  const lastReceipt = rows
    .map((r) => r.lastReceived)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  // Valued shares; with nothing valued, all of it is COVID-19 control.
  const split =
    weights.covid + weights.health > 0 ? percentages([weights.covid, weights.health]) : [100, 0];
  const sectors = [
    { code: SECTORS.covidControl, percentage: split[0]! },
    { code: SECTORS.emergencyHealth, percentage: split[1]! },
  ].filter((s) => s.percentage > 0);
  const batchEn = first.batchNumber === null ? first.batchTitle : `Batch ${first.batchNumber}`;
  const batchZh = first.batchNumber === null ? first.batchTitle : `第${first.batchNumber}批`;
  const demo = first.illustrative ? ' Recipients and quantities are illustrative (demo data).' : '';
  return {
    identifier: id,
    humanitarian: true,
    title: [
      { text: `${batchEn}: in-kind medical supplies for ${party.nameEn}` },
      { lang: 'zh', text: `${batchZh}：援助${party.nameZh}的医疗物资（实物）` },
    ],
    description: [
      {
        text:
          `COVID-19 medical supplies given in kind to ${party.nameEn}` +
          (via ? ` through ${via.nameEn}` : '') +
          `: ${rows.length} item(s) in ${batchEn.toLowerCase()} ("${first.batchTitle}"), approved ${approved}. ` +
          `Values are reference values at catalogue prices (WHO ESFT where it has one), not payments.${demo}`,
      },
      {
        lang: 'zh',
        text: `向${party.nameZh}提供的新冠肺炎防疫物资（实物）${via ? `，经${via.nameZh}转交` : ''}，${batchZh}，共${rows.length}种。金额为按目录参考价计算的参考值，并非资金支付。`,
      },
    ],
    participating: [
      { role: '1', org: donor },
      { role: '2', org: publisher.extending },
      { role: '3', org: publisher.extending },
      ...(via ? [{ role: '4' as const, org: via.org }] : []),
      { role: '4', org: party.org },
    ],
    status: done ? '3' : '2',
    dates: [
      { type: '2', date: approved },
      ...(done && lastReceipt ? [{ type: '4' as const, date: day(lastReceipt) }] : []),
    ],
    countries: party.iso2 ? [{ code: party.iso2, percentage: 100 }] : [],
    regions: party.dacRegion ? [{ code: party.dacRegion, percentage: 100 }] : [],
    sectors,
    glide: COVID_GLIDE,
    aidType: 'C01',
    transactions,
  };
}
