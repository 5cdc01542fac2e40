// UN M49 ("Standard country or area codes for statistical use", UNSD,
// https://unstats.un.org/unsd/methodology/m49/overview/): the geographic regions and
// sub-regions, and the few places where world-countries disagrees with M49.

/** The five M49 geographic regions that contain countries (Antarctica belongs to none). */
export const M49_REGION_NAMES = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;

/** One of the five M49 regions. */
export type M49RegionName = (typeof M49_REGION_NAMES)[number];

/** One M49 geographic area: a region, a sub-region, or an intermediate region. */
export interface M49Area {
  /** M49 three-digit code, e.g. "014". */
  code: string;
  /** M49 English name as UNSD spells it ("South-eastern Asia"). */
  nameEn: string;
  /** Simplified Chinese name (CLDR 48 zh, with the adjustments noted in M49_AREAS). */
  nameZh: string;
  /** Code of the enclosing area, or null for a region. */
  parent: string | null;
  /**
   * True for the 22 sub-regions of the UN geoscheme that every country is assigned to:
   * M49 intermediate regions inside Sub-Saharan Africa and Latin America and the Caribbean,
   * M49 sub-regions elsewhere.
   */
  leaf: boolean;
}

const area = (code: string, nameEn: string, nameZh: string, parent: string | null, leaf = true) =>
  ({ code, nameEn, nameZh, parent, leaf }) satisfies M49Area;

/**
 * The M49 geographic hierarchy (regions, sub-regions, intermediate regions) as data.
 * Chinese names are CLDR 48 `zh` territory names except: 419 拉丁美洲和加勒比 and
 * 053 澳大利亚和新西兰 (CLDR names different areas, "Latin America" and "Australasia"),
 * and 061 波利尼西亚 (mainland spelling, as in i18n-iso-countries' 法属波利尼西亚; CLDR 玻利尼西亚).
 */
export const M49_AREAS: readonly M49Area[] = [
  area('002', 'Africa', '非洲', null, false),
  area('015', 'Northern Africa', '北非', '002'),
  area('202', 'Sub-Saharan Africa', '撒哈拉以南非洲', '002', false),
  area('014', 'Eastern Africa', '东非', '202'),
  area('017', 'Middle Africa', '中非', '202'),
  area('018', 'Southern Africa', '南部非洲', '202'),
  area('011', 'Western Africa', '西非', '202'),
  area('019', 'Americas', '美洲', null, false),
  area('419', 'Latin America and the Caribbean', '拉丁美洲和加勒比', '019', false),
  area('029', 'Caribbean', '加勒比地区', '419'),
  area('013', 'Central America', '中美洲', '419'),
  area('005', 'South America', '南美洲', '419'),
  area('021', 'Northern America', '美洲北部', '019'),
  area('142', 'Asia', '亚洲', null, false),
  area('143', 'Central Asia', '中亚', '142'),
  area('030', 'Eastern Asia', '东亚', '142'),
  area('035', 'South-eastern Asia', '东南亚', '142'),
  area('034', 'Southern Asia', '南亚', '142'),
  area('145', 'Western Asia', '西亚', '142'),
  area('150', 'Europe', '欧洲', null, false),
  area('151', 'Eastern Europe', '东欧', '150'),
  area('154', 'Northern Europe', '北欧', '150'),
  area('039', 'Southern Europe', '南欧', '150'),
  area('155', 'Western Europe', '西欧', '150'),
  area('009', 'Oceania', '大洋洲', null, false),
  area('053', 'Australia and New Zealand', '澳大利亚和新西兰', '009'),
  area('054', 'Melanesia', '美拉尼西亚', '009'),
  area('057', 'Micronesia', '密克罗尼西亚地区', '009'),
  area('061', 'Polynesia', '波利尼西亚', '009'),
];

const byCode = new Map(M49_AREAS.map((a) => [a.code, a]));

/** The M49 area with this code, or undefined. */
export function m49AreaByCode(code: string): M49Area | undefined {
  return byCode.get(code);
}

/** The codes of an area and all areas enclosing it, innermost first ("014" → 014, 202, 002). */
export function m49Lineage(code: string): string[] {
  const out: string[] = [];
  for (let a = byCode.get(code); a; a = a.parent === null ? undefined : byCode.get(a.parent)) {
    out.push(a.code);
  }
  return out;
}

/** The M49 region name for a region code ("150" → "Europe"); throws for any other code. */
export function m49RegionName(code: string): M49RegionName {
  const name = byCode.get(code)?.nameEn;
  const found = M49_REGION_NAMES.find((r) => r === name);
  if (found === undefined) throw new Error(`"${code}" is not an M49 region code`);
  return found;
}

/** world-countries `subregion` names that are M49 geoscheme sub-regions, to their M49 codes. */
export const WORLD_COUNTRIES_SUBREGION_TO_M49: Readonly<Record<string, string>> = {
  'Northern Africa': '015',
  'Eastern Africa': '014',
  'Middle Africa': '017',
  'Southern Africa': '018',
  'Western Africa': '011',
  Caribbean: '029',
  'Central America': '013',
  'South America': '005',
  'North America': '021', // M49 "Northern America"; Mexico and UMI are exceptions below
  'Central Asia': '143',
  'Eastern Asia': '030',
  'South-Eastern Asia': '035',
  'Southern Asia': '034',
  'Western Asia': '145',
  'Eastern Europe': '151',
  'Northern Europe': '154',
  'Southern Europe': '039',
  'Western Europe': '155',
  'Australia and New Zealand': '053',
  Melanesia: '054',
  Micronesia: '057',
  Polynesia: '061',
};

/**
 * Countries whose world-countries sub-region is not their M49 sub-region, by ISO3, with the
 * M49 geoscheme sub-region code (null = no M49 region). Source: UNSD M49 overview (checked
 * against its per-area country lists; see countries.test.ts for the counts).
 */
export const M49_EXCEPTIONS: Readonly<Record<string, { code: string | null; why: string }>> = {
  AUT: { code: '155', why: 'world-countries "Central Europe"; M49 Western Europe' },
  CZE: { code: '151', why: 'world-countries "Central Europe"; M49 Eastern Europe' },
  HUN: { code: '151', why: 'world-countries "Central Europe"; M49 Eastern Europe' },
  POL: { code: '151', why: 'world-countries "Central Europe"; M49 Eastern Europe' },
  SVK: { code: '151', why: 'world-countries "Central Europe"; M49 Eastern Europe' },
  SVN: { code: '039', why: 'world-countries "Central Europe"; M49 Southern Europe' },
  ALB: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  BIH: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  HRV: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  MKD: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  MNE: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  SRB: { code: '039', why: 'world-countries "Southeast Europe"; M49 Southern Europe' },
  UNK: { code: '039', why: 'Kosovo is not listed in M49; placed with Serbia (Southern Europe)' },
  BGR: { code: '151', why: 'world-countries "Southeast Europe"; M49 Eastern Europe' },
  ROU: { code: '151', why: 'world-countries "Southeast Europe"; M49 Eastern Europe' },
  CYP: { code: '145', why: 'world-countries Southern Europe; M49 Western Asia' },
  MEX: { code: '013', why: 'world-countries "North America"; M49 Central America' },
  SSD: { code: '014', why: 'world-countries Middle Africa; M49 Eastern Africa' },
  UMI: { code: '057', why: 'world-countries "North America"; M49 Micronesia' },
  ATF: { code: '014', why: 'world-countries Antarctic; M49 Eastern Africa' },
  BVT: { code: '005', why: 'world-countries Antarctic; M49 South America' },
  SGS: { code: '005', why: 'world-countries Antarctic; M49 South America' },
  HMD: { code: '053', why: 'world-countries Antarctic; M49 Australia and New Zealand' },
  ATA: { code: null, why: 'Antarctica has no M49 region' },
};

/** The M49 geoscheme sub-region code of a world-countries entry, or null (Antarctica). */
export function m49SubregionCodeFor(iso3: string, worldCountriesSubregion: string): string | null {
  const exception = M49_EXCEPTIONS[iso3];
  if (exception) return exception.code;
  const code = WORLD_COUNTRIES_SUBREGION_TO_M49[worldCountriesSubregion];
  if (code === undefined) {
    throw new Error(
      `No M49 sub-region for ${iso3}: world-countries subregion "${worldCountriesSubregion}" is unmapped`,
    );
  }
  return code;
}
