import { describe, expect, it } from 'vitest';
import { isAllocatable, transitionProblem } from './request-rules';

describe('request status rules', () => {
  it('lets a request be reviewed, agreed or declined in order', () => {
    expect(transitionProblem('supplies', 'submitted', 'under-review')).toBeNull();
    expect(transitionProblem('supplies', 'under-review', 'agreed')).toBeNull();
    expect(transitionProblem('supplies', 'agreed', 'declined')).toBeNull();
    expect(transitionProblem('works', 'agreed', 'fulfilled')).toBeNull();
  });
  it('refuses going back, reopening, and fulfilling supplies by hand', () => {
    expect(transitionProblem('supplies', 'agreed', 'under-review')).toMatch(
      /"agreed" cannot become "under-review" \(it can become: declined\)/,
    );
    expect(transitionProblem('cash', 'declined', 'agreed')).toMatch(/it is closed/);
    expect(transitionProblem('supplies', 'agreed', 'fulfilled')).toMatch(/approving batches/);
    expect(transitionProblem('supplies', 'partly-allocated', 'declined')).toMatch(/cannot become/);
  });
  it('allocates only to agreed requests', () => {
    expect(isAllocatable('agreed')).toBe(true);
    expect(isAllocatable('partly-allocated')).toBe(true);
    expect(isAllocatable('submitted')).toBe(false);
    expect(isAllocatable('declined')).toBe(false);
  });
});
