import { getCountry } from 'countries-and-timezones';
import { countryByIso3 } from '../reference/countries';

/**
 * The capital's IANA zone for every country that countries-and-timezones gives several zones, or
 * none: the capital (or seat of government) named beside each. Checked by a test against COUNTRIES.
 */
export const CAPITAL_TIME_ZONES: Readonly<Record<string, { zone: string; capital: string }>> = {
  ARG: { zone: 'America/Argentina/Buenos_Aires', capital: 'Buenos Aires' },
  ATA: { zone: 'Etc/UTC', capital: 'none (research stations keep their own time)' },
  ATF: { zone: 'Indian/Kerguelen', capital: 'Port-aux-Français' },
  AUS: { zone: 'Australia/Sydney', capital: 'Canberra' },
  BRA: { zone: 'America/Sao_Paulo', capital: 'Brasília' },
  BVT: { zone: 'Etc/GMT-1', capital: 'none (uninhabited, UTC+1)' },
  CAN: { zone: 'America/Toronto', capital: 'Ottawa' },
  CHL: { zone: 'America/Santiago', capital: 'Santiago' },
  CHN: { zone: 'Asia/Shanghai', capital: 'Beijing' },
  COD: { zone: 'Africa/Kinshasa', capital: 'Kinshasa' },
  CYP: { zone: 'Asia/Nicosia', capital: 'Nicosia' },
  DEU: { zone: 'Europe/Berlin', capital: 'Berlin' },
  ECU: { zone: 'America/Guayaquil', capital: 'Quito' },
  ESP: { zone: 'Europe/Madrid', capital: 'Madrid' },
  FSM: { zone: 'Pacific/Pohnpei', capital: 'Palikir' },
  GRL: { zone: 'America/Nuuk', capital: 'Nuuk' },
  HMD: { zone: 'Etc/GMT-5', capital: 'none (uninhabited, UTC+5)' },
  IDN: { zone: 'Asia/Jakarta', capital: 'Jakarta' },
  KAZ: { zone: 'Asia/Almaty', capital: 'Nur-Sultan (Astana)' },
  KIR: { zone: 'Pacific/Tarawa', capital: 'South Tarawa' },
  MEX: { zone: 'America/Mexico_City', capital: 'Mexico City' },
  MHL: { zone: 'Pacific/Majuro', capital: 'Majuro' },
  MNG: { zone: 'Asia/Ulaanbaatar', capital: 'Ulaanbaatar' },
  MYS: { zone: 'Asia/Kuala_Lumpur', capital: 'Kuala Lumpur' },
  NZL: { zone: 'Pacific/Auckland', capital: 'Wellington' },
  PNG: { zone: 'Pacific/Port_Moresby', capital: 'Port Moresby' },
  PRT: { zone: 'Europe/Lisbon', capital: 'Lisbon' },
  PSE: { zone: 'Asia/Hebron', capital: 'Ramallah (seat of government)' },
  PYF: { zone: 'Pacific/Tahiti', capital: 'Papeete' },
  RUS: { zone: 'Europe/Moscow', capital: 'Moscow' },
  UKR: { zone: 'Europe/Kyiv', capital: 'Kyiv' },
  UMI: { zone: 'Pacific/Wake', capital: 'none (Wake Island, the most staffed)' },
  UNK: { zone: 'Europe/Belgrade', capital: 'Pristina' },
  USA: { zone: 'America/New_York', capital: 'Washington, D.C.' },
  UZB: { zone: 'Asia/Tashkent', capital: 'Tashkent' },
  VNM: { zone: 'Asia/Bangkok', capital: 'Hanoi (tzdb keeps northern Viet Nam in Asia/Bangkok)' },
};

/** Whether the runtime's time-zone database (ICU, kept current with IANA tzdb) knows this zone. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The IANA time zone of a country's capital, from countries-and-timezones (single-zone countries)
 * or CAPITAL_TIME_ZONES. Throws a RangeError naming the code when it is not a known ISO3 country.
 */
export function capitalTimeZone(iso3: string): string {
  const country = countryByIso3(iso3);
  if (!country) throw new RangeError(`unknown ISO3 country code "${iso3}"`);
  const chosen = CAPITAL_TIME_ZONES[country.iso3];
  if (chosen) return chosen.zone;
  const zones = getCountry(country.iso2)?.timezones ?? [];
  const only = zones[0];
  if (zones.length !== 1 || only === undefined) {
    throw new RangeError(
      `no capital time zone recorded for ${country.iso3} (zones: ${zones.join(', ')})`,
    );
  }
  return only;
}
