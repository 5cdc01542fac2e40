import type { IsoDate } from '../core/shared/brand';
import type { PointRow, SeriesSource } from '../core/situation/types';
import type { OnProgress } from './csv-records';

/** A case series file read into plain rows, ready for a repository to store in one transaction. */
export interface SeriesImport {
  source: SeriesSource;
  metrics: ('cases' | 'deaths')[];
  /** Per country (world-countries ISO3) and day, plus the source's world total under WORLD ('WLD'). */
  rows: PointRow[];
  /** Names in the file that map to no country (ships, the Olympics, aggregates), sorted. */
  unmapped: string[];
  firstDate: IsoDate;
  lastDate: IsoDate;
  /** Lines read, header included. */
  lines: number;
}

/** Options every series importer takes. */
export interface SeriesImportOptions {
  onProgress?: OnProgress;
}
