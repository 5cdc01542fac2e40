// A small report recipient list for the report page's unit tests (figures made up for the tests).
import type { RecipientSummary } from '../../../src/core/reporting';

/** A recipient with the given fields and plausible defaults for the rest. */
export function recipient(fields: Partial<RecipientSummary> & { id: string }): RecipientSummary {
  return {
    kind: 'country',
    iso2: fields.id.slice(0, 2),
    nameEn: fields.id,
    nameZh: fields.id,
    region: null,
    batches: [],
    forms: ['supplies'],
    via: [],
    units: { allocated: 0, shipped: 0, received: 0 },
    valueUsd: 0,
    ...fields,
  };
}

/** Five recipients across two regions, three batches and two forms, plus an organisation. */
export const TEST_RECIPIENTS: RecipientSummary[] = [
  recipient({
    id: 'ITA',
    iso2: 'IT',
    nameEn: 'Italy',
    nameZh: '意大利',
    region: 'europe',
    batches: [1, 2],
    forms: ['supplies', 'expert-team'],
    units: { allocated: 500, shipped: 500, received: 400 },
    valueUsd: 9000,
  }),
  recipient({
    id: 'CIV',
    iso2: 'CI',
    nameEn: "Côte d'Ivoire",
    nameZh: '科特迪瓦',
    region: 'africa',
    batches: [2],
    units: { allocated: 300, shipped: 300, received: 300 },
    valueUsd: 2000,
  }),
  recipient({
    id: 'SRB',
    iso2: 'RS',
    nameEn: 'Serbia',
    nameZh: '塞尔维亚',
    region: 'europe',
    batches: [3],
    forms: ['supplies', 'expert-team'],
    units: { allocated: 300, shipped: 300, received: 0 },
    valueUsd: 5000,
  }),
  recipient({
    id: 'AGO',
    iso2: 'AO',
    nameEn: 'Angola',
    nameZh: '安哥拉',
    region: 'africa',
    batches: [1],
    units: { allocated: 100, shipped: 100, received: 100 },
    valueUsd: 2000,
  }),
  recipient({
    id: 'WHO',
    kind: 'organisation',
    iso2: null,
    nameEn: 'World Health Organization',
    nameZh: '世界卫生组织',
    forms: ['cash'],
  }),
];
