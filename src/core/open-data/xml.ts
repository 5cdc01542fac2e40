// A small XML writer: escaping for text and attributes, and elements built as strings so a document can be
// written one activity at a time instead of as one tree in memory.

/** Characters XML 1.0 forbids anywhere (control characters other than tab, newline and carriage return). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text content: &, < and > become entities and characters XML cannot carry are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escapes an attribute value for double quotes; tab and newlines become character references so they survive. */
export function escapeAttribute(value: string): string {
  return escapeText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values of an element; null and undefined leave the attribute out. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an XML name: "${name}"`);
  return name;
}

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    out += ` ${checkName(name)}="${escapeAttribute(text)}"`;
  }
  return out;
}

/**
 * An element as a string. Children are already-written XML (from `element`), except that a plain
 * string given as `text` is escaped. An element with no children is self-closed.
 */
export function element(
  name: string,
  attributes: Attributes = {},
  children: readonly string[] = [],
  text?: string,
): string {
  const open = `${checkName(name)}${attributeText(attributes)}`;
  const body = (text === undefined ? '' : escapeText(text)) + children.join('');
  return body === '' ? `<${open}/>` : `<${open}>${body}</${name}>`;
}

/** The XML declaration that opens every document this module writes. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
