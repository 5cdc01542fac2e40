// Who is acting: the signed-in user (or API token) of the request being served, or the system itself
// (CLI, demo loader, tests). Carried by AsyncLocalStorage so that the audit trail can name the actor
// without threading it through every service signature.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The roles of Tongzhou (issue #7). */
export type Role =
  'admin' | 'coordinator' | 'logistics' | 'health-desk' | 'recipient-focal-point' | 'viewer';

/** Someone or something that changes state. */
export type Actor =
  | {
      kind: 'user';
      /** The user's id. */
      id: string;
      /** The user's sign-in name, as the audit shows it. */
      name: string;
      role: Role;
      /** The recipient a focal point is bound to (null for every other role). */
      recipientId: string | null;
      /** Set when the request came with an API token rather than a session cookie. */
      tokenId?: string;
    }
  | {
      kind: 'system';
      /** What acted: 'cli', 'demo', 'migration', 'test', ... */
      name: string;
    };

const storage = new AsyncLocalStorage<Actor>();

/** The system actor used when nothing else is acting (CLI commands, the demo loader). */
export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'system' };

/** Runs `fn` with `actor` as the current actor (for everything `fn` awaits). */
export function runAsActor<T>(actor: Actor, fn: () => T): T {
  return storage.run(actor, fn);
}

/** The current actor: the one set by runAsActor around this call, else the system. */
export function currentActor(): Actor {
  return storage.getStore() ?? SYSTEM_ACTOR;
}

/** How the audit trail names an actor: `user:<name>`, `token:<id>` of a user, or `system:<name>`. */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'system') return `system:${actor.name}`;
  return actor.tokenId ? `user:${actor.name} (token ${actor.tokenId})` : `user:${actor.name}`;
}
