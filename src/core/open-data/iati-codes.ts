// The IATI and OECD DAC codes the exports use, the default publisher, and percentage shares that sum to 100.
import type { M49RegionName } from '../reference/m49';
import type { Publisher } from './open-data.types';

/** GLIDE number of the COVID-19 epidemic (humanitarian-scope, vocabulary 1-2). */
export const COVID_GLIDE = 'EP-2020-000012-001';

/** OECD DAC sectors used (vocabulary 1). */
export const SECTORS = {
  covidControl: '12264',
  emergencyHealth: '72011',
  materialRelief: '72010',
} as const;

/** The namespace of Tongzhou's in-kind extension element on IATI transactions. */
export const IN_KIND_NAMESPACE = 'urn:tongzhou:open-data:in-kind:1';

/** OECD DAC region (vocabulary 1) for an organisation serving an M49 region, or the world (null). */
export function dacRegionFor(region: M49RegionName | null): string {
  switch (region) {
    case 'Africa':
      return '298'; // Africa, regional
    case 'Americas':
      return '498'; // America, regional
    case 'Asia':
      return '798'; // Asia, regional
    case 'Europe':
      return '89'; // Europe, regional
    case 'Oceania':
      return '889'; // Oceania, regional
    case null:
      return '998'; // Developing countries, unspecified
  }
}

/** The demo's reporting-org ref: a placeholder that no registration agency issued. */
export const PLACEHOLDER_PUBLISHER_REF = 'XI-IATI-TONGZHOU';

/**
 * The publisher used when none is configured. The reporting ref is a placeholder (no registration
 * agency issued it): set a real one before publishing to the IATI Registry. Tongzhou reports the donor's
 * aid as a secondary reporter.
 */
export const DEFAULT_PUBLISHER: Publisher = {
  reporting: {
    ref: PLACEHOLDER_PUBLISHER_REF,
    type: '10',
    nameEn: 'Tongzhou aid coordination platform',
    nameZh: '同舟援助协调平台',
    secondaryReporter: true,
  },
  funding: {
    ref: null,
    type: '10',
    nameEn: "Government of the People's Republic of China",
    nameZh: '中华人民共和国政府',
  },
  extending: {
    ref: null,
    type: '10',
    nameEn: 'China International Development Cooperation Agency (CIDCA)',
    nameZh: '国家国际发展合作署',
  },
};

/** Whether the publisher still reports under the demo's placeholder ref. */
export function isPlaceholderPublisher(publisher: Publisher): boolean {
  return publisher.reporting.ref === PLACEHOLDER_PUBLISHER_REF;
}

/**
 * What is wrong with `ref` as a reporting-org identifier, or null when it will do: an IATI organisation
 * identifier is a registration agency's prefix (`XM-DAC`, `GB-COH`, `CN-USCC` …), a hyphen and the number
 * that agency gave, with no white space and none of / & | ?.
 */
export function orgRefProblem(ref: string): string | null {
  if (/[\s/&|?]/.test(ref)) return 'must have no white space and none of / & | ?';
  if (!/^[A-Za-z]{2}-[A-Za-z0-9]+-\S+$/.test(ref)) {
    return 'must be an IATI organisation identifier: agency prefix and number, e.g. XM-DAC-41114';
  }
  return null;
}

/** Who reports the file under a configured identity: `DEFAULT_PUBLISHER` with its reporting-org replaced. */
export function publisherWith(reporting: {
  ref: string;
  nameEn: string;
  nameZh?: string | undefined;
}): Publisher {
  const problem = orgRefProblem(reporting.ref);
  if (problem) throw new RangeError(`reporting-org ref "${reporting.ref}" ${problem}`);
  if (!reporting.nameEn.trim()) throw new RangeError('reporting-org needs a name');
  return {
    ...DEFAULT_PUBLISHER,
    reporting: {
      ...DEFAULT_PUBLISHER.reporting,
      ref: reporting.ref,
      nameEn: reporting.nameEn.trim(),
      nameZh: reporting.nameZh?.trim() || undefined,
    },
  };
}

/**
 * Splits 100 in proportion to `weights`, in hundredths, by largest remainder: every share has at most
 * two decimals and they sum to exactly 100. All-zero weights split evenly.
 */
export function percentages(weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError(`weights must be finite and >= 0, got ${weights.join(', ')}`);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  const basis = total > 0 ? weights : weights.map(() => 1);
  const sum = total > 0 ? total : weights.length;
  const exact = basis.map((w) => (w / sum) * 10_000);
  const floors = exact.map(Math.floor);
  let rest = 10_000 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i]! += 1;
    rest -= 1;
  }
  return floors.map((f) => f / 100);
}
