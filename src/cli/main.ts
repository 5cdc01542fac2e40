// Entry point of the `tongzhou` command (bin/tongzhou.js runs it through tsx).
import { runCli } from './program';

await runCli(process.argv);
