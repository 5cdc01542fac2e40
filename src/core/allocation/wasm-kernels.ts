import { KERNELS_WASM_BASE64 } from './kernels.wasm';
import type { RecipientOrder } from './recipient-order';

/**
 * The fast path's per-item passes in WebAssembly (kernels.wat), bound to buffers for one problem:
 * copy an item's needs into `row`, call level() then round(), pick `need` of the `listed` lines in
 * `perm`, and read the packs back from `packs`. Each computes exactly what the TypeScript passes
 * (water-fill.ts, fast-solver.ts) compute, bit for bit.
 */
export interface ItemKernels {
  /** Recipients (lines per item). */
  readonly n: number;
  /** One item's needs, n lines (then one padding line of need 0 when n is odd). */
  readonly row: Float64Array;
  /** Whole packs per line, written by round(). */
  readonly packs: Float64Array;
  /** Remainder of a candidate for one more pack, −1 for the other lines (written by round()). */
  readonly frac: Float64Array;
  /** Lines listed by round(): the bucket where the cut falls. */
  readonly perm: Int32Array;
  /** Water level of the row for this supply: null when it covers every need, NaN for a bad need. */
  level(available: number): number | null;
  /** Floors and extra packs of the row at this level; see Rounded. */
  round(level: number, packSize: number, available: number): Rounded;
}

/** What round() leaves to the caller. */
export interface Rounded {
  /** Lines listed in perm, among which `need` get one more pack (by remainder, then rank). */
  listed: number;
  need: number;
  /** Packs left after the floors; negative when the floors overshoot the supply (trim them). */
  room: number;
}

/** The part of the WebAssembly API used here (typed locally: the server build has no DOM types). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  level(needs: number, w: number, order: number, n: number, n2: number, available: number): number;
  round(
    needs: number,
    w: number,
    packs: number,
    frac: number,
    hist: number,
    perm: number,
    n2: number,
    level: number,
    p: number,
    size: number,
    available: number,
  ): number;
}

const PAGE = 65536;
let instance: Exports | null | undefined;

/** The instantiated module, or null where WebAssembly or its SIMD is unavailable (or a CSP forbids it). */
function kernelExports(): Exports | null {
  if (instance !== undefined) return instance;
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  try {
    if (!api) throw new Error('no WebAssembly');
    const bytes = Uint8Array.from(atob(KERNELS_WASM_BASE64), (c) => c.charCodeAt(0));
    instance = new api.Instance(new api.Module(bytes)).exports as Exports;
  } catch {
    instance = null;
  }
  return instance;
}

/**
 * Kernels with buffers for the recipients of `ord` and a remainder histogram of `size` buckets, or
 * null when WebAssembly is unavailable or the buffers do not fit its memory (the caller then runs the
 * TypeScript passes). The buffers live in the module's one memory: bind again before each solve.
 */
export function bindKernels(ord: RecipientOrder, size: number): ItemKernels | null {
  const wasm = kernelExports();
  if (wasm === null) return null;
  const { weights } = ord;
  const n = weights.length;
  const n2 = n + (n & 1);
  const rowBytes = 8 * n2;
  const W = 32;
  const ROW = W + rowBytes;
  const PACKS = ROW + rowBytes;
  const FRAC = PACKS + rowBytes;
  const HIST = FRAC + rowBytes;
  const PERM = HIST + 4 * size;
  const ORDER = PERM + 4 * (n2 + 4);
  const end = ORDER + 4 * n;
  const { memory } = wasm;
  // Addresses are passed as i32: past 2 GiB, or when the memory cannot grow, use the TypeScript passes.
  if (end > 2 ** 31 - 1) return null;
  if (memory.buffer.byteLength < end) {
    try {
      memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
    } catch {
      return null;
    }
  }
  const buffer = memory.buffer;
  const slots = new Int32Array(buffer, 0, 8);
  const w = new Float64Array(buffer, W, n2);
  w.set(weights);
  new Int32Array(buffer, ORDER, n).set(ord.order);
  const row = new Float64Array(buffer, ROW, n2);
  // The padding line (odd n): need 0 and weight 1; items overwrite only the first n lines of the row.
  if (n2 > n) {
    w[n] = 1;
    row[n] = 0;
  }
  return {
    n,
    row,
    packs: new Float64Array(buffer, PACKS, n2),
    frac: new Float64Array(buffer, FRAC, n2),
    perm: new Int32Array(buffer, PERM, n2 + 1),
    level(available) {
      const level = wasm.level(ROW, W, ORDER, n, n2, available);
      return level === -1 ? null : level;
    },
    round(level, p, available) {
      const listed = wasm.round(ROW, W, PACKS, FRAC, HIST, PERM, n2, level, p, size, available);
      return { listed, need: slots[6]!, room: slots[7]! };
    },
  };
}
