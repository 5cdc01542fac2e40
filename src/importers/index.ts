// Importers: streaming CSV readers that return plain rows and touch no database.
export { ImportFileError } from './import-error';
export type { OnProgress } from './csv-records';
export type { SeriesImport, SeriesImportOptions } from './types';
export { readJhuTimeSeries, jhuMetricFromFileName, type JhuImportOptions } from './jhu-time-series';
export { readOwid } from './owid';
export { readWorldBankBeds, type BedsImport, type BedsRow } from './world-bank-beds';
export { readWorldBankPopulation, type PopulationRow } from './world-bank-population';
export { readJhuLookupPopulation } from './jhu-lookup';
export { readEsftSummary, type EsftCountryRow } from './esft-summary';
export { countryIso3 } from './codes';
