import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type worldCountries from 'world-countries';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The JSON of world-countries' countries.json with each entry cut to what src/core/reference/countries.ts
 * reads (codes, English and Chinese names, region, status): a tenth of the package's 565 kB.
 * web/src/lib/world-countries-slim.test.ts checks that core builds the same countries from it.
 */
export function slimWorldCountries(json: string): string {
  const all = JSON.parse(json) as (typeof worldCountries)[number][];
  return JSON.stringify(
    all.map((c) => ({
      name: { common: c.name.common },
      cca2: c.cca2,
      ccn3: c.ccn3,
      cca3: c.cca3,
      independent: c.independent,
      unMember: c.unMember,
      region: c.region,
      subregion: c.subregion,
      translations: c.translations['zho'] ? { zho: c.translations['zho'] } : {},
    })),
  );
}

/**
 * Gives the browser only the world-countries fields the country reference reads (the experts' capital
 * time zones need it): without this the package's 565 kB of JSON would be the largest chunk.
 */
function slimCountryReference(): Plugin {
  return {
    name: 'tongzhou:slim-world-countries',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]world-countries[\\/]countries\.json$/.test(id.split('?')[0] ?? '')) return null;
      return { code: slimWorldCountries(code), map: null };
    },
  };
}

/**
 * Vite build of the dashboard: sources in web/, output in dist/web (served by the API server). Each view
 * is a chunk of its own (React.lazy in src/app.tsx), so no chunk should reach the warning limit.
 */
export default defineConfig({
  root: here,
  plugins: [slimCountryReference(), react()],
  build: {
    outDir: path.resolve(here, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env['TONGZHOU_API'] ?? 'http://127.0.0.1:3000' },
  },
});
