import { describe, expect, it } from 'vitest';
import { decide, routeKey, ruleFor, undeclared, type RouteTable } from './route-access';

const table: RouteTable = {
  'GET /api/report': 'public',
  'GET /api/requests/:id': 'requests:read',
  'POST /api/consignments/:id/events': ['consignments:events', 'consignments:receive'],
};

describe('route rules', () => {
  it('gives HEAD the rule of GET', () => {
    expect(routeKey('head', '/api/report')).toBe('GET /api/report');
    expect(ruleFor(table, 'HEAD', '/api/requests/:id')).toBe('requests:read');
  });

  it('lists the undeclared methods of a route', () => {
    expect(undeclared(table, ['GET', 'POST'], '/api/report')).toEqual(['POST /api/report']);
    expect(undeclared(table, 'GET', '/api/report')).toEqual([]);
  });

  it('decides public, unauthenticated, forbidden and allowed calls', () => {
    expect(decide('public', null)).toBe('allow');
    expect(decide('requests:read', null)).toBe('unauthenticated');
    expect(decide('requests:read', 'recipient-focal-point')).toBe('allow');
    expect(decide('stock:read', 'recipient-focal-point')).toBe('forbidden');
    const events = ruleFor(table, 'POST', '/api/consignments/:id/events');
    expect(events && decide(events, 'recipient-focal-point')).toBe('allow');
    expect(events && decide(events, 'health-desk')).toBe('forbidden');
  });
});
