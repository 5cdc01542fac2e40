import type { IsoDate } from '../shared/brand';
import type { ScenarioManifest } from './types';

/** The demo scenario's id and folder name under data/scenarios. */
export const MARCH_2020_ID = 'march-2020';
/** The demo scenario's date: the State Council press conference of 26 March 2020. */
export const MARCH_2020_AS_OF = '2020-03-26' as IsoDate;
/** The year of World Bank population used; JHU's fallback figures are for 2020. */
export const MARCH_2020_POPULATION_YEAR = 2019;
/** The year JHU's lookup-table populations stand for. */
export const JHU_POPULATION_YEAR = 2020;

/** The staged files (paths inside ../shared/data) the scenario is derived from. */
export const MARCH_2020_INPUTS = {
  jhuConfirmed: 'covid/time_series_covid19_confirmed_global.csv',
  jhuDeaths: 'covid/time_series_covid19_deaths_global.csv',
  jhuLookup: 'covid/UID_ISO_FIPS_LookUp_Table.countries.csv',
  owid: 'covid/owid-covid-data_2020-05-24.csv',
  worldBankPopulation: 'countries/population_worldbank_2018-2020.csv',
  worldBankBeds: 'health/API_SH.MED.BEDS.ZS_DS2_en_csv_v2_1120885.csv',
  esftSummary: 'esft/who_summary_data.csv',
} as const;

/** How health.json names the source of each figure. */
export const HEALTH_SOURCE_NAMES = {
  worldBankBeds: 'World Bank WDI SH.MED.BEDS.ZS',
  esftBeds: 'WHO ESFT who_summary_data (mrc-ide/esft)',
  esftWorkforce: 'WHO ESFT who_summary_data (mrc-ide/esft)',
};

const I = MARCH_2020_INPUTS;

/** The manifest of the March 2020 demo scenario: what it is, as of when, and every source's attribution. */
export function march2020Manifest(): ScenarioManifest {
  return {
    id: MARCH_2020_ID,
    title: 'The world on 26 March 2020',
    asOf: MARCH_2020_AS_OF,
    defaultSource: 'jhu',
    attribution: [
      {
        name: 'COVID-19 Data Repository by the Center for Systems Science and Engineering (CSSE) at Johns Hopkins University',
        licence: 'CC BY 4.0',
        url: 'https://github.com/CSSEGISandData/COVID-19',
        files: [I.jhuConfirmed, I.jhuDeaths, I.jhuLookup],
      },
      {
        name: 'Our World in Data, COVID-19 dataset (case counts from ECDC)',
        licence: 'CC BY 4.0',
        url: 'https://github.com/owid/covid-19-data',
        files: [I.owid],
      },
      {
        name: 'World Bank, World Development Indicators: Population (SP.POP.TOTL) and Hospital beds per 1,000 (SH.MED.BEDS.ZS)',
        licence: 'CC BY 4.0',
        url: 'https://data.worldbank.org',
        files: [I.worldBankPopulation, I.worldBankBeds],
      },
      {
        name: 'world-countries (mledoze/countries): country codes and names that key every figure',
        licence: 'ODbL-1.0',
        url: 'https://github.com/mledoze/countries',
        files: [],
      },
      {
        name: "WHO COVID-19 Essential Supplies Forecasting Tool, via Imperial College's R port mrc-ide/esft",
        licence: 'MIT (port); figures published by WHO in the ESFT',
        url: 'https://github.com/mrc-ide/esft',
        files: [I.esftSummary],
      },
    ],
    notes: [
      'Every figure in this folder is derived from the real data named in attribution by scripts/build-scenario.ts; nothing here is illustrative.',
      'Cases and deaths are cumulative counts up to 2020-03-26. JHU figures are its final revision (2023), not what was published in March 2020; OWID figures are ECDC counts as of 2020-05-24.',
      'A day a source did not report carries the previous value forward (OWID reports some countries weekly). Sources sometimes lower a cumulative count; Tongzhou clamps such corrections to zero new cases and counts them.',
      'JHU country totals sum its province rows, including territories JHU files under a country (Greenland under Denmark, for example). Its world total also counts the cruise ships Diamond Princess and MS Zaandam.',
      'Population: World Bank 2019 where available, otherwise the 2020 figure of the JHU lookup table (mostly UN WPP 2019); each entry says which.',
      'Hospital beds per 1,000: World Bank, latest year with a value, otherwise the ESFT sheet. Doctors and nurses: head counts from the ESFT sheet (rounded).',
      'Kosovo is keyed UNK as in world-countries; the World Bank and OWID call it XKX and JHU XKS.',
    ],
  };
}
