import { describe, expect, it } from 'vitest';
import { FILL_COLOURS, fillClass, fillColour, fillLegend } from './fill-scale';

describe('fill-rate colours', () => {
  it('put each fill rate in its class', () => {
    expect(fillClass(null)).toBe('noRequest');
    expect(fillClass(0)).toBe(0);
    expect(fillClass(0.249)).toBe(0);
    expect(fillClass(0.25)).toBe(1);
    expect(fillClass(0.74)).toBe(2);
    expect(fillClass(0.99)).toBe(3);
    expect(fillClass(1)).toBe('met');
    expect(fillClass(0.9999999)).toBe('met');
  });

  it('colour the classes, need met and no request differently', () => {
    const colours = [null, 0.1, 0.3, 0.6, 0.9, 1].map(fillColour);
    expect(new Set(colours).size).toBe(6);
    expect(fillColour(1)).toBe(FILL_COLOURS.met);
    expect(fillColour(null)).toBe(FILL_COLOURS.noRequest);
  });

  it('has a legend entry per class, from under 25 % to need met', () => {
    const legend = fillLegend();
    expect(legend).toHaveLength(5);
    expect(legend[0]).toMatchObject({ from: null, to: 0.25 });
    expect(legend[3]).toMatchObject({ from: 0.75, to: 1 });
    expect(legend[4]).toMatchObject({ from: 1, to: null, colour: FILL_COLOURS.met });
  });
});
