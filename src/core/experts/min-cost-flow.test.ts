import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlowNetwork } from './min-cost-flow';

/** The cheapest way to give each of n workers a distinct job, by trying every permutation. */
function bruteAssignment(costs: number[][]): number {
  const n = costs.length;
  let best = Infinity;
  const used = new Array<boolean>(n).fill(false);
  const go = (w: number, total: number): void => {
    if (w === n) {
      best = Math.min(best, total);
      return;
    }
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(w + 1, total + (costs[w]?.[j] ?? 0));
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}

describe('FlowNetwork', () => {
  it('finds the maximum flow of a small network', () => {
    const net = new FlowNetwork(4);
    const a = net.addArc(0, 1, 3, 0n);
    net.addArc(0, 2, 2, 0n);
    net.addArc(1, 2, 5, 0n);
    net.addArc(1, 3, 2, 0n);
    net.addArc(2, 3, 3, 0n);
    expect(net.minCostMaxFlow(0, 3).flow).toBe(5);
    expect(net.flowOn(a)).toBe(3);
  });

  it('solves assignment problems at the cost exhaustive search finds', () => {
    const matrix = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(matrix, (costs) => {
        const n = costs.length;
        const net = new FlowNetwork(2 * n + 2);
        const sink = 2 * n + 1;
        costs.forEach((row, w) => {
          net.addArc(0, 1 + w, 1, 0n);
          net.addArc(1 + n + w, sink, 1, 0n);
          row.forEach((c, j) => net.addArc(1 + w, 1 + n + j, 1, BigInt(c)));
        });
        const { flow, cost } = net.minCostMaxFlow(0, sink);
        expect(flow).toBe(n);
        expect(Number(cost)).toBe(bruteAssignment(costs));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses negative costs', () => {
    expect(() => new FlowNetwork(2).addArc(0, 1, 1, -1n)).toThrow(/non-negative/);
  });
});
