// The needs forecast (ESFT method with stock, pipeline and an uncertainty band): the public API.
export { forecastNeeds, runForecast } from './forecast';
export type { ForecastRun } from './forecast';
export { parseForecastParams, defaultParams, ForecastInputError, ROLES } from './parse-params';
export type { ForecastIssue } from './parse-params';
export { validateForecastInput, MAX_WEEKS } from './validate-input';
export { caseModelFromGrowth, projectCases } from './cases';
export { DEFAULT_PARAMS, PARAM_INFO, BEDS_PER_1000_BY_INCOME } from './params';
export {
  FORECAST_ITEM_IDS,
  FORECAST_ITEMS,
  REUSABLE_ITEMS,
  RATE_SOURCES,
  ITEMS_WITHOUT_RATE,
  isForecastItem,
} from './rates';
export { itemsDependingOn, ROLE_PARAMS } from './dependencies';
export { ROLE_WORDS } from './assumptions';
export type * from './types';
