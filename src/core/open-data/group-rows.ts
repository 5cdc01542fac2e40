// Groups a stream of sorted rows into runs that share a key, without holding more than one run in memory.

/** Runs of consecutive rows with the same key (rows must arrive sorted by key). */
export async function* runsOf<T>(
  chunks: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
  key: (row: T) => string,
): AsyncGenerator<T[]> {
  let run: T[] = [];
  let current: string | null = null;
  for await (const rows of chunks) {
    for (const row of rows) {
      const k = key(row);
      if (current !== null && k !== current) {
        yield run;
        run = [];
      }
      current = k;
      run.push(row);
    }
  }
  if (run.length) yield run;
}
