import loadHighs, { type Highs } from 'highs';

let loading: Promise<Highs> | null = null;

/** The HiGHS WebAssembly runtime, loaded once per process (loading is asynchronous I/O). */
export function highsRuntime(): Promise<Highs> {
  loading ??= loadHighs().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
