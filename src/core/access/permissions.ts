// The permissions of Tongzhou and which role holds which: the one place that says who may do what.

/** Every role, in the order the README and the admin pages list them. */
export const ROLES = [
  'admin',
  'coordinator',
  'logistics',
  'health-desk',
  'recipient-focal-point',
  'viewer',
] as const;

/** A role a user holds (one per user). */
export type AccessRole = (typeof ROLES)[number];

/** Every permission a route can require. */
export const PERMISSIONS = [
  'account:self',
  'requests:read',
  'requests:submit',
  'requests:write',
  'stock:read',
  'stock:write',
  'allocations:read',
  'batches:read',
  'batches:write',
  'batches:approve',
  'consignments:read',
  'consignments:ship',
  'consignments:events',
  'consignments:receive',
  'trace:read',
  'verify:read',
  'experts:read',
  'experts:write',
  'sessions:read',
  'sessions:write',
  'guidance:read',
  'guidance:publish',
  'audit:read',
  'users:admin',
] as const;

/** Something a signed-in user may be allowed to do. */
export type Permission = (typeof PERMISSIONS)[number];

const READS: Permission[] = [
  'account:self',
  'requests:read',
  'stock:read',
  'allocations:read',
  'batches:read',
  'consignments:read',
  'trace:read',
  'verify:read',
  'experts:read',
  'sessions:read',
  'guidance:read',
];

/** The role matrix: what each role may do (admin everything, viewer reads, a focal point its own). */
export const ROLE_PERMISSIONS: Readonly<Record<AccessRole, ReadonlySet<Permission>>> = {
  admin: new Set(PERMISSIONS),
  coordinator: new Set(PERMISSIONS.filter((p) => p !== 'users:admin')),
  logistics: new Set<Permission>([
    ...READS,
    'stock:write',
    'consignments:ship',
    'consignments:events',
  ]),
  'health-desk': new Set<Permission>([
    ...READS,
    'experts:write',
    'sessions:write',
    'guidance:publish',
  ]),
  'recipient-focal-point': new Set<Permission>([
    'account:self',
    'requests:read',
    'requests:submit',
    'consignments:read',
    'consignments:receive',
    'trace:read',
    'sessions:read',
    'guidance:read',
  ]),
  viewer: new Set<Permission>(READS),
};

/** Whether `role` holds `permission`. */
export function can(role: AccessRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Whether `value` names a role (for CLI and API input). */
export function isRole(value: string): value is AccessRole {
  return (ROLES as readonly string[]).includes(value);
}

/** Whether `value` names a permission. */
export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
