/** A nominal type: a value of T that the compiler will not mix up with another brand of T. */
export type Brand<T, B extends string> = T & { readonly __brand: B };

/** ISO 3166-1 alpha-3 code, e.g. "ITA". */
export type Iso3 = Brand<string, 'Iso3'>;
/** ISO 3166-1 alpha-2 code, e.g. "IT". */
export type Iso2 = Brand<string, 'Iso2'>;
/** ISO 3166-1 numeric code as a zero-padded 3-digit string, e.g. "380" (world-atlas ids). */
export type IsoNumeric = Brand<string, 'IsoNumeric'>;
/** A calendar date as "YYYY-MM-DD" (UTC, no time). */
export type IsoDate = Brand<string, 'IsoDate'>;
/** A catalogue item id, e.g. "mask-surgical". */
export type ItemId = Brand<string, 'ItemId'>;
/** A recipient id: an ISO3 code for a country, or an organisation code such as "WHO". */
export type RecipientId = Brand<string, 'RecipientId'>;
