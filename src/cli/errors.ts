// Turns any error into one line for a person: known errors by their message, others without a stack.
import { ConfigError } from '../config';
import { DatabaseOpenError } from '../db/database';
import { DatabaseLockedError } from '../db/lock';
import { MigrationError } from '../db/migrate';
import { ImportFileError } from '../importers';
import { BadRequestError, ConflictError, NotFoundError } from '../services/errors';
import { ScenarioFileError } from '../services/scenario-files';

const KNOWN = [
  ConfigError,
  DatabaseOpenError,
  DatabaseLockedError,
  MigrationError,
  ImportFileError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  ScenarioFileError,
  RangeError,
];

/** One line describing `error`; unexpected errors say so and name their type, never a stack trace. */
export function describeError(error: unknown): string {
  if (KNOWN.some((kind) => error instanceof kind)) return (error as Error).message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `unexpected ${error.name}${code ? ` (${code})` : ''}: ${error.message.split('\n')[0]}`;
  }
  return `unexpected error: ${String(error)}`;
}
