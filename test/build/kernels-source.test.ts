import { describe, expect, it } from 'vitest';
import { KERNELS_WASM_BASE64 } from '../../src/core/allocation/kernels.wasm';
import { compileKernels } from '../../scripts/build-kernels';

describe('the allocation kernels (WebAssembly)', () => {
  it('are the compiled kernels.wat: run `npm run kernels:build` after editing it', async () => {
    const compiled = Buffer.from(await compileKernels()).toString('base64');
    expect(KERNELS_WASM_BASE64).toBe(compiled);
  });

  it('would notice an edited source', async () => {
    const edited = Buffer.from(await compileKernels(undefined)).toString('base64');
    const { readFileSync } = await import('node:fs');
    const { KERNELS_WAT } = await import('../../scripts/build-kernels');
    const source = readFileSync(KERNELS_WAT, 'utf8').replace(
      '(f64.const 1e-4)',
      '(f64.const 1e-5)',
    );
    const changed = Buffer.from(await compileKernels(source)).toString('base64');
    expect(changed).not.toBe(edited);
  });
});
