// `npm run bench -- NAME [NAME…] [--flag…]` runs bench/NAME.ts (all of them without a name), passing
// the flags on. Each benchmark is a standalone script that prints one JSON object per line, with its
// baseline measured in the same process.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

// Names choose benchmarks; flags (--soak, ...) are passed on to each of them.
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}.`);
  process.exit(2);
}

let failures = 0;
for (const name of wanted.length > 0 ? wanted : available) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(dir, `${name}.ts`), ...flags],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error(`Benchmark ${name} failed (exit ${result.status ?? result.signal}).`);
    failures += 1;
  }
}
process.exit(failures > 0 ? 1 : 0);
