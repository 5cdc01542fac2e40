import { describe, expect, it } from 'vitest';
import { can, isRole, PERMISSIONS, ROLES, ROLE_PERMISSIONS } from './permissions';

describe('the role matrix', () => {
  it('gives admin every permission and the coordinator all but user administration', () => {
    for (const p of PERMISSIONS) expect(can('admin', p)).toBe(true);
    expect(can('coordinator', 'users:admin')).toBe(false);
    expect(can('coordinator', 'batches:approve')).toBe(true);
  });

  it('keeps the viewer to reads', () => {
    for (const p of ROLE_PERMISSIONS.viewer) {
      expect(p === 'account:self' || p.endsWith(':read'), p).toBe(true);
    }
    expect(can('viewer', 'requests:write')).toBe(false);
  });

  it('lets only admin and coordinator approve a batch', () => {
    expect(ROLES.filter((r) => can(r, 'batches:approve'))).toEqual(['admin', 'coordinator']);
  });

  it('lets a focal point submit requests and record receipts but not read stock, batches or experts', () => {
    const fp = 'recipient-focal-point';
    expect(can(fp, 'requests:submit')).toBe(true);
    expect(can(fp, 'consignments:receive')).toBe(true);
    expect(can(fp, 'consignments:events')).toBe(false);
    for (const p of ['stock:read', 'batches:read', 'experts:read', 'audit:read'] as const) {
      expect(can(fp, p), p).toBe(false);
    }
  });

  it('gives logistics shipping and events, the health desk experts and guidance', () => {
    expect(can('logistics', 'consignments:ship')).toBe(true);
    expect(can('logistics', 'experts:write')).toBe(false);
    expect(can('health-desk', 'guidance:publish')).toBe(true);
    expect(can('health-desk', 'consignments:events')).toBe(false);
  });

  it('recognises role names', () => {
    expect(isRole('health-desk')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});
