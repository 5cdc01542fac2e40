import { describe, expect, it } from 'vitest';
import { barWidth, groupByFlight, latestStep, nextStage } from './ops-board';
import { testConsignment, testFlight } from './test-ops-data';

describe('consignments board', () => {
  it('groups consignments by flight in natural order and sums their load against the limits', () => {
    const f2 = testFlight('CHARTER 2');
    const f10 = testFlight('CHARTER 10');
    const groups = groupByFlight([
      testConsignment('ITA', f10, 30_000, 100.25),
      testConsignment('PAK', f2, 26_700, 276.85),
      testConsignment('SRB', f10, 80_000, 0.1),
    ]);
    expect(groups.map((g) => g.flight?.flightNo)).toEqual(['CHARTER 2', 'CHARTER 10']);
    expect(groups[1]!.consignments.map((c) => c.recipient)).toEqual(['ITA', 'SRB']);
    expect(groups[1]!.weightKg).toBe(110_000);
    expect(groups[1]!.volumeM3).toBe(100.35);
    expect(groups[1]!.weightShare).toBeCloseTo(1.1);
    expect(groups[0]!.volumeShare).toBeCloseTo(276.85 / 650);
  });

  it('draws bars as a share of the track, an overload filling it', () => {
    expect(barWidth(0.267)).toBe(26.7);
    expect(barWidth(1.1)).toBe(100);
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-1)).toBe(0);
  });

  it("reads a consignment's latest step and the one that may follow", () => {
    const f = testFlight('CHARTER 1');
    const c = testConsignment('PAK', f, 1, 1, [
      { kind: 'packed', at: '2020-03-26T01:00:00.000Z' },
      { kind: 'note', at: '2020-03-26T02:00:00.000Z' },
      { kind: 'customs-cleared', at: '2020-03-26T03:00:00.000Z' },
    ]);
    expect(latestStep(c)).toEqual({ kind: 'customs-cleared', at: '2020-03-26T03:00:00.000Z' });
    expect(latestStep(testConsignment('ITA', f, 1, 1))).toBeNull();
    expect(nextStage('planned')).toBe('packed');
    expect(nextStage('customs-cleared')).toBe('departed');
    expect(nextStage('received')).toBeNull();
    expect(nextStage('lost')).toBeNull();
  });
});
