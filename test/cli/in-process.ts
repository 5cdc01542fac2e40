// Runs the real command tree (buildCli) inside the test process, which is much faster than a child
// process: what a command printed, or the error commander or the command raised.
import { buildCli } from '../../src/cli/program';

/** Runs `tongzhou ...args` in process; returns what it printed, or the error commander raised. */
export async function tongzhouInProcess(args: string[]): Promise<{ out: string; error: string }> {
  let out = '';
  let error = '';
  const program = buildCli((text) => (out += text))
    .exitOverride()
    .configureOutput({ writeErr: (s) => (error += s), writeOut: (s) => (out += s) });
  for (const c of program.commands)
    c.exitOverride().configureOutput({ writeErr: (s) => (error += s) });
  try {
    await program.parseAsync(['node', 'tongzhou', ...args]);
  } catch (e) {
    error ||= (e as Error).message;
  }
  return { out, error };
}
