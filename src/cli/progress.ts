// A progress bar on stderr for long imports, only when stderr is a terminal (never in pipes or logs).
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../services/import.service';

/** A progress callback for an import, and `stop()` to clear the bar; no-ops when stderr is not a TTY. */
export function importProgress(label: string): { onProgress: ImportProgress; stop: () => void } {
  if (!process.stderr.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} {phase} [{bar}] {percentage}% | {value}/{total}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | null = null;
  return {
    onProgress: (next, done, total) => {
      const name = next === 'read' ? 'reading bytes' : 'writing rows';
      if (phase !== name) {
        if (phase !== null) bar.stop();
        phase = name;
        bar.start(total, done, { phase: name });
      } else {
        bar.update(done);
      }
    },
    stop: () => {
      if (phase !== null) bar.stop();
    },
  };
}
