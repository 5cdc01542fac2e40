import type { ItemId } from '../shared/brand';

/** The fixed ids of the catalogue items, in catalogue order (other modules key on these). */
export const ITEM_IDS = [
  'test-pcr',
  'test-antigen',
  'mask-surgical',
  'respirator-n95',
  'gown',
  'goggles',
  'face-shield',
  'gloves-exam',
  'shoe-covers',
  'thermometer-ir',
  'ventilator',
  'oxygen-concentrator',
] as const;

/** The kind of supply, as the ESFT groups them. */
export type ItemGroup = 'diagnostics' | 'ppe' | 'biomedical';

/** What one unit of an item is: a test, a piece, a pair, or one device. */
export type ItemUnit = 'test' | 'piece' | 'pair' | 'unit';

/** A supply item that can be requested, allocated, packed and shipped. */
export interface CatalogueItem {
  id: ItemId;
  nameEn: string;
  /** Chinese name, using the seed's terms where it has them (检测试剂, 额温枪, 呼吸机 ...). */
  nameZh: string;
  group: ItemGroup;
  unit: ItemUnit;
  /** Units per shipping pack (carton or crate). */
  packSize: number;
  packWeightKg: number;
  packVolumeM3: number;
  /** Pack figures are illustrative logistics defaults, not supplier data. */
  packSource: 'illustrative';
  /** Reusable equipment (goggles, devices) versus single-use consumables. */
  reusable: boolean;
  /** The exact `item` of the matching row in the WHO ESFT equipment sheet, or null. */
  esftItem: string | null;
  /** Reference price in USD per unit. */
  referencePriceUsd: number;
  /** Where referencePriceUsd comes from: the ESFT sheet, or an illustrative value. */
  priceBasis: 'esft' | 'illustrative';
  /** A source note for each figure. */
  sources: { price: string; pack: string; reusable: string };
}

const ESFT = 'WHO COVID-19 ESFT equipment sheet (mrc-ide/esft 7f740a8, equipment.csv)';
const ESFT_PRICE = `${ESFT}, column price (USD, pre-pandemic reference)`;
const ESFT_REUSABLE = `${ESFT}, column reusable`;

type Row = Omit<CatalogueItem, 'id' | 'packSource' | 'sources'> & {
  id: (typeof ITEM_IDS)[number];
  packNote: string;
  priceNote?: string;
  reusableNote?: string;
};

const ROWS: readonly Row[] = [
  {
    id: 'test-pcr',
    nameEn: 'PCR test kit (RT-PCR)',
    nameZh: '核酸检测试剂盒',
    group: 'diagnostics',
    unit: 'test',
    packSize: 960,
    packWeightKg: 9,
    packVolumeM3: 0.06,
    reusable: false,
    esftItem: 'Test kit - manual PCR (complete kit)',
    referencePriceUsd: 10,
    priceBasis: 'esft',
    packNote: 'carton of 20 kits x 48 tests, with cold packs',
  },
  {
    id: 'test-antigen',
    nameEn: 'Antigen rapid diagnostic test',
    nameZh: '抗原快速检测试剂',
    group: 'diagnostics',
    unit: 'test',
    packSize: 1000,
    packWeightKg: 10,
    packVolumeM3: 0.06,
    reusable: false,
    esftItem: 'Antigen Rapid Diagnostic Tests',
    referencePriceUsd: 4,
    priceBasis: 'esft',
    packNote: 'carton of 40 boxes x 25 tests',
    priceNote: `${ESFT_PRICE}; SARS-CoV-2 antigen tests reached the market only late in 2020`,
  },
  {
    id: 'mask-surgical',
    nameEn: 'Surgical mask',
    nameZh: '医用外科口罩',
    group: 'ppe',
    unit: 'piece',
    packSize: 2000,
    packWeightKg: 8,
    packVolumeM3: 0.1,
    reusable: false,
    esftItem: 'Mask, medical / surgical for healthworker',
    referencePriceUsd: 0.03,
    priceBasis: 'esft',
    packNote: 'carton of 40 boxes x 50 masks',
  },
  {
    id: 'respirator-n95',
    nameEn: 'N95 respirator',
    nameZh: 'N95口罩',
    group: 'ppe',
    unit: 'piece',
    packSize: 240,
    packWeightKg: 4,
    packVolumeM3: 0.07,
    reusable: false,
    esftItem: 'Respirator',
    referencePriceUsd: 0.335,
    priceBasis: 'esft',
    packNote: 'carton of 12 boxes x 20 respirators',
  },
  {
    id: 'gown',
    nameEn: 'Protective gown (coverall)',
    nameZh: '防护服',
    group: 'ppe',
    unit: 'piece',
    packSize: 50,
    packWeightKg: 12,
    packVolumeM3: 0.1,
    reusable: false,
    esftItem: 'Gown, protective',
    referencePriceUsd: 1.549,
    priceBasis: 'esft',
    packNote: 'carton of 50 individually bagged gowns',
  },
  {
    id: 'goggles',
    nameEn: 'Protective goggles',
    nameZh: '隔离眼罩（护目镜）',
    group: 'ppe',
    unit: 'piece',
    packSize: 100,
    packWeightKg: 8,
    packVolumeM3: 0.1,
    reusable: true,
    esftItem: 'Goggles, protective',
    referencePriceUsd: 1.955,
    priceBasis: 'esft',
    packNote: 'carton of 100 boxed goggles',
  },
  {
    id: 'face-shield',
    nameEn: 'Face shield',
    nameZh: '防护面屏',
    group: 'ppe',
    unit: 'piece',
    packSize: 200,
    packWeightKg: 8,
    packVolumeM3: 0.12,
    reusable: false,
    esftItem: 'Face shield',
    referencePriceUsd: 0.647,
    priceBasis: 'esft',
    packNote: 'carton of 200 flat-packed shields',
  },
  {
    id: 'gloves-exam',
    nameEn: 'Examination gloves',
    nameZh: '医用手套',
    group: 'ppe',
    unit: 'pair',
    packSize: 500,
    packWeightKg: 6,
    packVolumeM3: 0.04,
    reusable: false,
    esftItem: 'Gloves, examination',
    referencePriceUsd: 0.114,
    priceBasis: 'esft',
    packNote: 'carton of 10 boxes x 100 gloves (50 pairs)',
  },
  {
    id: 'shoe-covers',
    nameEn: 'Shoe covers',
    nameZh: '鞋套',
    group: 'ppe',
    unit: 'pair',
    packSize: 500,
    packWeightKg: 5,
    packVolumeM3: 0.05,
    reusable: false,
    esftItem: null,
    referencePriceUsd: 0.05,
    priceBasis: 'illustrative',
    packNote: 'carton of 10 bags x 50 pairs',
    priceNote:
      'illustrative: the ESFT has no shoe-cover row; order of magnitude of a disposable pair, replace with a quotation',
    reusableNote: 'single-use disposable covers (no ESFT row)',
  },
  {
    id: 'thermometer-ir',
    nameEn: 'Infrared forehead thermometer',
    nameZh: '额温枪',
    group: 'biomedical',
    unit: 'unit',
    packSize: 50,
    packWeightKg: 10,
    packVolumeM3: 0.06,
    reusable: true,
    esftItem: 'Infrared thermometer',
    referencePriceUsd: 39,
    priceBasis: 'esft',
    packNote: 'carton of 50 boxed thermometers',
  },
  {
    id: 'ventilator',
    nameEn: 'ICU ventilator',
    nameZh: '呼吸机',
    group: 'biomedical',
    unit: 'unit',
    packSize: 1,
    packWeightKg: 60,
    packVolumeM3: 0.5,
    reusable: true,
    esftItem: 'Patient ventilator, intensive care, with breathing circuits and patient interface',
    referencePriceUsd: 26644.74,
    priceBasis: 'esft',
    packNote: 'one ventilator with trolley and accessories in a crate',
  },
  {
    id: 'oxygen-concentrator',
    nameEn: 'Oxygen concentrator',
    nameZh: '制氧机',
    group: 'biomedical',
    unit: 'unit',
    packSize: 1,
    packWeightKg: 27,
    packVolumeM3: 0.2,
    reusable: true,
    esftItem: 'Oxygen source (i.e., concentrator, cylinder, or pipe supply)',
    referencePriceUsd: 1000,
    priceBasis: 'illustrative',
    packNote: 'one 5 L/min concentrator in its carton',
    priceNote:
      'illustrative: the ESFT oxygen-source row has no price; order of magnitude of a 5 L/min concentrator, replace with a quotation',
  },
];

/** The item catalogue, in ITEM_IDS order. */
export const CATALOGUE: readonly CatalogueItem[] = ROWS.map(
  ({ id, packNote, priceNote, reusableNote, ...rest }): CatalogueItem => ({
    ...rest,
    id: id as ItemId,
    packSource: 'illustrative',
    sources: {
      price: priceNote ?? ESFT_PRICE,
      pack: `illustrative logistics default: ${packNote}`,
      reusable: reusableNote ?? ESFT_REUSABLE,
    },
  }),
);

const byId = new Map<string, CatalogueItem>(CATALOGUE.map((i) => [i.id, i]));

/** The catalogue item with this id, or undefined. */
export function itemById(id: string): CatalogueItem | undefined {
  return byId.get(id);
}
