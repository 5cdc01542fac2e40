import path from 'node:path';

/** The repository root (tests and scripts locate data from it). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** The small real-format files under test/fixtures used by importer tests. */
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
/** The fixture copy of ../shared/data (same layout and file names, a few rows each). */
export const FIXTURE_DATA = path.join(FIXTURES, 'shared-data');
/** The staged real data, outside the clone; tests skip with a printed reason when it is absent. */
export const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');
