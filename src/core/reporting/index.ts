// The open report, the pure core: grouped ledger rows in, the report with its headline out.
export type * from './report.types';
export { AID_FORMS } from './report.types';
export { buildReport, priceNote } from './build-report';
export { headline, headlineEn, headlineZh, listEn, numberWordEn, numberWordZh } from './headline';
export type { HeadlineFigures, HeadlineRegion } from './headline';
export { weekOf, weekRange } from './weeks';
