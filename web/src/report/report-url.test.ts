import { describe, expect, it } from 'vitest';
import {
  EMPTY_REPORT_URL,
  parseReportUrl,
  serializeReportUrl,
  withoutReportUrl,
  type ReportUrlState,
} from './report-url';

const full: ReportUrlState = {
  grouping: 'un-m49',
  q: 'ital',
  region: 'europe',
  batch: 3,
  form: 'supplies',
  sort: { key: 'value', desc: true },
  colour: 'batch',
};

describe('report URL state', () => {
  it('round-trips every field and keeps the view and language', () => {
    const search = serializeReportUrl(full, '?view=report&lang=zh');
    expect(search).toContain('view=report');
    expect(search).toContain('lang=zh');
    expect(search).toContain('sort=-value');
    expect(parseReportUrl(search)).toEqual(full);
  });

  it('reads an empty query as the defaults and writes the defaults as nothing', () => {
    expect(parseReportUrl('')).toEqual(EMPTY_REPORT_URL);
    expect(serializeReportUrl(EMPTY_REPORT_URL, '?view=report')).toBe('?view=report');
  });

  it('ignores values it does not understand', () => {
    const state = parseReportUrl(
      '?grouping=continents&region=Europe!&batch=0&form=gifts&sort=-price&colour=red',
    );
    expect(state).toEqual(EMPTY_REPORT_URL);
    expect(parseReportUrl('?batch=12x').batch).toBeNull();
    expect(parseReportUrl('?sort=name').sort).toEqual({ key: 'name', desc: false });
  });

  it('trims and bounds the text filter', () => {
    expect(parseReportUrl('?q=%20%20mali%20').q).toBe('mali');
    expect(parseReportUrl(`?q=${'a'.repeat(200)}`).q).toHaveLength(80);
    expect(serializeReportUrl({ ...EMPTY_REPORT_URL, q: '   ' })).toBe('');
  });

  it('removes only its own parameters when another view opens', () => {
    const search = serializeReportUrl(full, '?view=report&lang=en&country=ITA');
    expect(withoutReportUrl(search)).toBe('?view=report&lang=en&country=ITA');
  });
});
