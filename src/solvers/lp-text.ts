/** One linear term: coefficient and variable name. */
export type Term = readonly [coefficient: number, variable: string];

/** Writes a model in CPLEX LP format, the text HiGHS reads. Row and variable names must be unique. */
export class LpText {
  private readonly rows: string[] = [];
  private readonly bounds: string[] = [];
  private readonly generals: string[] = [];
  private readonly binaries: string[] = [];

  constructor(
    private readonly sense: 'Maximize' | 'Minimize',
    private readonly objective: readonly Term[],
  ) {}

  /** Add the row `name: Σ terms op rhs`. */
  row(name: string, terms: readonly Term[], op: '<=' | '>=' | '=', rhs: number): void {
    this.rows.push(` ${name}: ${expression(terms)} ${op} ${num(rhs)}`);
  }

  /** Bound a variable; ±Infinity means unbounded on that side. */
  bound(variable: string, lower: number, upper: number): void {
    const lo = lower === -Infinity ? '-inf' : num(lower);
    const hi = upper === Infinity ? '+inf' : num(upper);
    this.bounds.push(` ${lo} <= ${variable} <= ${hi}`);
  }

  /** Declare an integer variable. */
  integer(variable: string): void {
    this.generals.push(variable);
  }

  /** Declare a 0/1 variable. */
  binary(variable: string): void {
    this.binaries.push(variable);
  }

  /** The model as LP text. */
  text(): string {
    // concat, not push(...spread): a spread of a million rows overflows the call stack.
    let parts = [this.sense, ` obj: ${expression(this.objective)}`, 'Subject To'].concat(this.rows);
    parts = parts.concat(['Bounds'], this.bounds);
    if (this.generals.length > 0) parts = parts.concat(['Generals'], wrap(this.generals));
    if (this.binaries.length > 0) parts = parts.concat(['Binaries'], wrap(this.binaries));
    return parts.concat(['End', '']).join('\n');
  }
}

/** A number as LP text: shortest round-trip decimal, never NaN or infinite. */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`LP coefficient must be finite, got ${x}`);
  return String(x);
}

function expression(terms: readonly Term[]): string {
  if (terms.length === 0) throw new RangeError('an LP expression needs at least one term');
  const out: string[] = [];
  terms.forEach(([c, v], j) => {
    const sign = c < 0 ? '-' : '+';
    const head = j === 0 ? (c < 0 ? '- ' : '') : ` ${sign} `;
    out.push(`${head}${num(Math.abs(c))} ${v}`);
    if (j % 8 === 7) out.push('\n  ');
  });
  return out.join('');
}

function wrap(names: readonly string[]): string[] {
  const lines: string[] = [];
  for (let j = 0; j < names.length; j += 10) lines.push(` ${names.slice(j, j + 10).join(' ')}`);
  return lines;
}
