import { describe, expect, it } from 'vitest';
import { actorLabel, currentActor, runAsActor, SYSTEM_ACTOR, type Actor } from './actor-context';

const alice: Actor = {
  kind: 'user',
  id: 'u1',
  name: 'alice',
  role: 'coordinator',
  recipientId: null,
};

describe('actor context', () => {
  it('is the system outside any request and the given actor inside, across awaits', async () => {
    expect(currentActor()).toBe(SYSTEM_ACTOR);
    const seen = await runAsActor(alice, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentActor();
    });
    expect(seen).toBe(alice);
    expect(currentActor()).toBe(SYSTEM_ACTOR);
  });

  it('keeps concurrent actors apart', async () => {
    const bob: Actor = { ...alice, id: 'u2', name: 'bob' };
    const [a, b] = await Promise.all([
      runAsActor(alice, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return currentActor();
      }),
      runAsActor(bob, async () => currentActor()),
    ]);
    expect(a).toBe(alice);
    expect(b).toBe(bob);
  });

  it('labels users, tokens and the system', () => {
    expect(actorLabel(alice)).toBe('user:alice');
    expect(actorLabel({ ...alice, tokenId: 't9' })).toBe('user:alice (token t9)');
    expect(actorLabel({ kind: 'system', name: 'demo' })).toBe('system:demo');
  });
});
