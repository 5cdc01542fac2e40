import { describe, expect, it } from 'vitest';
import type { Actor } from './actor-context';
import { approverName } from './batch-approval.service';

const user: Actor = {
  kind: 'user',
  id: 'u1',
  name: 'li.wei',
  role: 'coordinator',
  recipientId: null,
};

describe('approverName', () => {
  it('names the signed-in user, never a typed name', () => {
    expect(approverName(user, 'Li Wei', 'CIDCA')).toBe('Li Wei (li.wei)');
    expect(approverName(user, 'li.wei', undefined)).toBe('li.wei');
    expect(approverName(user, null, 'CIDCA')).toBe('li.wei');
    expect(approverName({ ...user, tokenId: 't1' }, '  ', '')).toBe('li.wei');
  });

  it('takes the given name only when no user acts (CLI, demo, tests), and nothing when blank', () => {
    const cli: Actor = { kind: 'system', name: 'cli' };
    expect(approverName(cli, null, '  CIDCA ')).toBe('CIDCA');
    expect(approverName(cli, null, '   ')).toBeNull();
    expect(approverName(cli, null, undefined)).toBeNull();
  });
});
