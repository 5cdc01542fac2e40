import { describe, expect, it } from 'vitest';
import { itemName, recipientName, recipientNames } from './ops-names';

describe('operations names', () => {
  it('names items from the catalogue in each language, unknown ones by id', () => {
    expect(itemName('ventilator', 'zh')).toMatch(/[\u4e00-\u9fff]/);
    expect(itemName('ventilator', 'en')).toMatch(/ventilator/i);
    expect(itemName('gold-bar', 'en')).toBe('gold-bar');
  });

  it('names recipients from the records the API sent, unknown ones by id', () => {
    const names = recipientNames([
      { recipient: 'PAK', recipientName: { en: 'Pakistan', zh: '巴基斯坦' } },
    ]);
    expect(recipientName(names, 'PAK', 'zh')).toBe('巴基斯坦');
    expect(recipientName(names, 'EU', 'en')).toBe('EU');
  });
});
