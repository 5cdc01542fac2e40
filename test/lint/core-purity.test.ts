// The architectural rule that src/core is pure is enforced by ESLint; this proves the rule bites.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
// Linted as if it were this existing core file, so the type-aware project service knows it.
const PROBE = 'src/core/situation/types.ts';

async function messagesFor(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('src/core purity lint rule', () => {
  it('rejects a type import from outside core', async () => {
    const messages = await messagesFor(
      "import type { Config } from '../../config';\nexport type C = Config;\n",
      PROBE,
    );
    expect(messages.some((m) => m.startsWith('import-x/no-restricted-paths'))).toBe(true);
  });

  it('rejects Node built-ins in core code', async () => {
    const messages = await messagesFor(
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      PROBE,
    );
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('accepts imports within core', async () => {
    const messages = await messagesFor(
      "import type { Iso3 } from '../shared/brand';\nexport type C = Iso3;\n",
      PROBE,
    );
    expect(messages).toEqual([]);
  });
});
