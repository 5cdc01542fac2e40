import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';
import { element, escapeAttribute, escapeText } from './xml';

describe('escapeText and escapeAttribute', () => {
  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    expect(escapeText('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; "d"');
    expect(escapeText('bell\u0007 ok\ttab')).toBe('bell ok\ttab');
    expect(escapeAttribute('say "hi"\nnext')).toBe('say &quot;hi&quot;&#10;next');
  });
});

describe('element', () => {
  it('self-closes an empty element, leaves out null attributes and writes booleans as 1/0', () => {
    expect(element('x', { a: 'v', b: null, c: undefined, d: true, e: false, n: 2.5 })).toBe(
      '<x a="v" d="1" e="0" n="2.5"/>',
    );
  });

  it('escapes text but not children, and keeps the namespace prefix of a name', () => {
    expect(element('t', { 'xml:lang': 'zh' }, [element('i')], '同舟 & <b>')).toBe(
      '<t xml:lang="zh">同舟 &amp; &lt;b&gt;<i/></t>',
    );
    expect(element('tz:in-kind', { item: 'gown' })).toBe('<tz:in-kind item="gown"/>');
  });

  it('refuses a name that is not an XML name (never writes markup from data)', () => {
    expect(() => element('a b')).toThrow(/not an XML name: "a b"/);
    expect(() => element('x', { 'on"x': 1 })).toThrow(/not an XML name/);
  });
});

describe('csvField and csvLine', () => {
  it('quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Korea, South')).toBe('"Korea, South"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });
});
