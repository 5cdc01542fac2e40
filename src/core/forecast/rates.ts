import type { ItemId } from '../shared/brand';
import type { ItemRates, Role } from './types';

/** Where the ESFT consumption rates come from. */
export const ESFT_EQUIPMENT_SOURCE =
  'WHO COVID-19 Essential Supplies Forecasting Tool, equipment sheet (mrc-ide/esft data-raw/who_summary_data.xlsx, equipment.csv)';

/** The catalogue item ids the forecast covers (fixed ids shared with src/core/reference/catalogue). */
export const FORECAST_ITEM_IDS = [
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

/** One of the catalogue item ids the forecast covers. */
export type ForecastItemKey = (typeof FORECAST_ITEM_IDS)[number];

/** Items that are kept and reused: their need is a peak stock, not a weekly burn. */
export const REUSABLE_ITEMS: ReadonlySet<string> = new Set<ForecastItemKey>([
  'goggles',
  'thermometer-ir',
  'ventilator',
  'oxygen-concentrator',
]);

/** True when the string is one of the catalogue item ids the forecast covers. */
export function isForecastItem(id: string): id is ForecastItemKey {
  return (FORECAST_ITEM_IDS as readonly string[]).includes(id);
}

/** The item ids as branded ItemIds, in catalogue order. */
export const FORECAST_ITEMS: readonly ItemId[] = FORECAST_ITEM_IDS.map((id) => id as ItemId);

/** One copied rate: the value, and the ESFT equipment.csv row and column it was copied from (if any). */
export interface RateSource {
  item: ForecastItemKey;
  role: Role;
  value: number;
  /** equipment.csv `item` and rate column; null when the rate is not an ESFT equipment figure. */
  csv: { item: string; column: string } | null;
  source: string;
}

const HCW = 'amount_per_inpatient_hcw_per_day';
const SCREEN_HCW = 'amount_per_screening_hcw_per_day';
const LAB = 'amount_per_lab_tech_per_day';
const MASK_HCW = 'Mask, medical / surgical for healthworker';
const MASK_PATIENT = 'Mask, medical / surgical for patient';
const KIT_SOURCE =
  'one complete test kit per test (ESFT diagnostics: kits are "1T/kit"; mrc-ide/esft R/commodities_forecast.R)';

function esft(
  item: ForecastItemKey,
  role: Role,
  value: number,
  csvItem: string,
  column: string,
): RateSource {
  return { item, role, value, csv: { item: csvItem, column }, source: ESFT_EQUIPMENT_SOURCE };
}

/**
 * Every default rate with its source. Values are copied from equipment.csv (a test checks them against
 * the file); an inpatient occupies one bed, so ESFT's per-severe/critical-patient and per-bed columns
 * both map to the `inpatientBed` role.
 */
export const RATE_SOURCES: readonly RateSource[] = [
  { item: 'test-pcr', role: 'pcrTest', value: 1, csv: null, source: KIT_SOURCE },
  { item: 'test-antigen', role: 'antigenTest', value: 1, csv: null, source: KIT_SOURCE },
  esft('mask-surgical', 'inpatientHcw', 4, MASK_HCW, HCW),
  esft('mask-surgical', 'screeningHcw', 4, MASK_HCW, SCREEN_HCW),
  esft('mask-surgical', 'labTechnician', 4, MASK_HCW, LAB),
  esft(
    'mask-surgical',
    'inpatientBed',
    2,
    MASK_PATIENT,
    'amount_per_inpatient_sev_crit_patient_per_day',
  ),
  esft('mask-surgical', 'isolatedPatient', 1, MASK_PATIENT, 'amount_per_isolation_patient_per_day'),
  esft('mask-surgical', 'screenedPerson', 1, MASK_PATIENT, 'amount_per_screening_patient_per_day'),
  esft('respirator-n95', 'inpatientHcw', 1, 'Respirator', HCW),
  esft('gown', 'inpatientHcw', 1, 'Gown, protective', HCW),
  esft('gown', 'screeningHcw', 2, 'Gown, protective', SCREEN_HCW),
  esft('gown', 'labTechnician', 2, 'Gown, protective', LAB),
  esft('goggles', 'inpatientHcw', 0.1, 'Goggles, protective', HCW),
  esft('goggles', 'screeningHcw', 0.1, 'Goggles, protective', SCREEN_HCW),
  esft('goggles', 'labTechnician', 0.066666666666666666, 'Goggles, protective', LAB),
  esft('face-shield', 'inpatientHcw', 1, 'Face shield', HCW),
  esft('face-shield', 'labTechnician', 2, 'Face shield', LAB),
  esft('gloves-exam', 'inpatientHcw', 24, 'Gloves, examination', HCW),
  esft('gloves-exam', 'screeningHcw', 8, 'Gloves, examination', SCREEN_HCW),
  esft('gloves-exam', 'labTechnician', 8, 'Gloves, examination', LAB),
  esft(
    'thermometer-ir',
    'inpatientBed',
    0.1,
    'Infrared thermometer',
    'amount_per_inpatient_sev_crit_bed_per_day',
  ),
  esft(
    'ventilator',
    'criticalBed',
    0.67,
    'Patient ventilator, intensive care, with breathing circuits and patient interface',
    'amount_per_inpatient_crit_bed_per_day',
  ),
  esft(
    'oxygen-concentrator',
    'inpatientBed',
    1,
    'Oxygen source (i.e., concentrator, cylinder, or pipe supply)',
    'amount_per_inpatient_sev_crit_bed_per_day',
  ),
];

/** Items with no ESFT rate, and why: their default forecast is zero unless a rate is supplied. */
export const ITEMS_WITHOUT_RATE: Readonly<Partial<Record<ForecastItemKey, string>>> = {
  'shoe-covers':
    'not in the ESFT equipment sheet, which gives no rate for shoe covers; forecast is 0 unless a rate is set',
};

/** ESFT roles this model does not count (cleaners, caregivers, ambulance staff, biomedical engineers). */
export const OMITTED_ESFT_COLUMNS: readonly string[] = [
  'amount_per_inpatient_cleaner_per_day',
  'amount_per_inpatient_inf_caregiver_per_day',
  'amount_per_inpatient_ambworker_per_day',
  'amount_per_inpatient_biomed_eng_per_day',
  'amount_per_isolation_inf_caregiver_per_day',
  'amount_per_lab_cleaner_per_day',
];

/** The default rate table: item id -> role -> units per day. */
export function defaultRates(): Record<string, ItemRates> {
  const table: Record<string, ItemRates> = {};
  for (const id of FORECAST_ITEM_IDS) table[id] = {};
  for (const r of RATE_SOURCES) {
    const rates = table[r.item];
    if (rates) rates[r.role] = r.value;
  }
  return table;
}
