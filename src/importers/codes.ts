import { countryByIso3 } from '../core/reference/countries';
import type { Iso3 } from '../core/shared/brand';

/**
 * Codes the sources use for Kosovo, which has no ISO 3166 code: the World Bank and OWID write XKX,
 * JHU XKS; world-countries (the project's reference) uses UNK.
 */
const KOSOVO_CODES: Readonly<Record<string, string>> = { XKX: 'UNK', XKS: 'UNK' };

/** The world-countries ISO3 code for a source's country code, or null when it is not a country (an aggregate). */
export function countryIso3(code: string): Iso3 | null {
  const c = code.trim().toUpperCase();
  return countryByIso3(KOSOVO_CODES[c] ?? c)?.iso3 ?? null;
}
