// A signed receipt accounts for every unit shipped on every line: received in good order, damaged, or missing.
import type { ReceiptLine, ReceiptLineInput } from './events';

/** A consignment line as shipped: its id and units. */
export interface ShippedLine {
  id: string;
  quantity: number;
}

/** A receipt line as a recipient submits it: missing may be left out and is then the rest. */
export type ReceiptInput = ReceiptLineInput;

/** A field of a submitted event that is wrong, and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Completes and checks a receipt against the shipped lines: every line exactly once, whole non-negative
 * units, received + damaged + missing = shipped. Returns the complete lines in shipped order, or the problem.
 */
export function completeReceipt(
  shipped: readonly ShippedLine[],
  input: readonly ReceiptInput[],
  field = 'payload.lines',
): { lines: ReceiptLine[] } | { problem: FieldProblem } {
  const known = new Map(shipped.map((l) => [l.id, l]));
  const given = new Map<string, ReceiptInput>();
  for (const [i, line] of input.entries()) {
    const at = `${field}.${i}`;
    if (!known.has(line.lineId)) {
      return {
        problem: {
          field: `${at}.lineId`,
          message: `line "${line.lineId}" is not on this consignment (its lines: ${[...known.keys()].join(', ')})`,
        },
      };
    }
    if (given.has(line.lineId)) {
      return {
        problem: { field: `${at}.lineId`, message: `line "${line.lineId}" is listed twice` },
      };
    }
    for (const key of ['received', 'damaged', 'missing'] as const) {
      const v = line[key];
      if (v !== undefined && !count(v)) {
        return {
          problem: {
            field: `${at}.${key}`,
            message: `${key} must be a whole number of units >= 0, got ${String(v)}`,
          },
        };
      }
    }
    given.set(line.lineId, line);
  }
  const lines: ReceiptLine[] = [];
  for (const s of shipped) {
    const line = given.get(s.id);
    if (!line) {
      return {
        problem: {
          field,
          message: `line "${s.id}" (${s.quantity} units shipped) is missing from the receipt: account for every line`,
        },
      };
    }
    const damaged = line.damaged ?? 0;
    const missing = line.missing ?? s.quantity - line.received - damaged;
    if (line.received + damaged + missing !== s.quantity || missing < 0) {
      return {
        problem: {
          field,
          message:
            `line "${s.id}": received ${line.received} + damaged ${damaged} + missing ${missing}` +
            ` must equal the ${s.quantity} units shipped`,
        },
      };
    }
    lines.push({ lineId: s.id, received: line.received, damaged, missing });
  }
  return { lines };
}
