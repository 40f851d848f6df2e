import { parseScaled } from '../market/scaledDecimal.js';
import { RestError } from './RestError.js';

const SYMBOL_RANGE = '^[A-Z0-9-_.]{1,20}$';
const SYMBOL = /^[A-Z0-9\-_.]{1,20}$/;
const SYMBOLS_RANGE = '^\\[("[A-Z0-9-_.]{1,20}"(,"[A-Z0-9-_.]{1,20}"){0,}){0,1}\\]$';
const SYMBOLS = /^\[("[A-Z0-9\-_.]{1,20}"(,"[A-Z0-9\-_.]{1,20}")*)?\]$/;
const UNSIGNED_RANGE = '^[0-9]{1,20}$';
const UNSIGNED = /^[0-9]{1,20}$/;
const DECIMAL_RANGE = '^([0-9]{1,20})(\\.[0-9]{1,20})?$';
const DECIMAL = /^[0-9]{1,20}(\.[0-9]{1,20})?$/;
const INT64_MAX = 2n ** 63n - 1n;
// Binance takes epoch parameters in ms or µs; any value this large is µs (10^14 ms is the year 5138).
const MICROSECONDS = 100_000_000_000_000;

/** Bounds of an integer parameter. Above `max` the value is clamped, as Binance does for `limit`. */
export interface IntegerOptions {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Typed, Binance-strict access to a request's parameters. Each read marks the parameter as read and validates it
 * with Binance's error codes and messages; {@link assertAllRead} then refuses any parameter the endpoint did not read
 * (-1104), which is how Binance treats unknown parameters.
 */
export class ParamReader {
  private readonly read = new Set<string>();

  /**
   * @param params - the request's parameters (see `parseParams`).
   * @param isSymbol - whether an upper-case symbol is traded (unknown ones are refused with -1121).
   */
  constructor(
    private readonly params: ReadonlyMap<string, string>,
    private readonly isSymbol: (symbol: string) => boolean,
  ) {}

  /** Whether the parameter was sent (does not count as reading it). */
  has(name: string): boolean {
    return this.params.has(name);
  }

  /** The raw value, or `undefined`; an empty value is refused (-1105). */
  string(name: string): string | undefined {
    const value = this.take(name);
    if (value === '') throw RestError.empty(name);
    return value;
  }

  /** The raw value of a mandatory parameter (-1102 when missing or empty). */
  requiredString(name: string): string {
    const value = this.take(name);
    if (value === undefined || value === '') throw RestError.mandatory(name);
    return value;
  }

  /** A symbol: upper-case, Binance's character set (-1100), traded here (-1121). */
  symbol(name = 'symbol'): string | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : this.checkSymbol(name, value);
  }

  /** A mandatory symbol. */
  requiredSymbol(name = 'symbol'): string {
    return this.checkSymbol(name, this.requiredString(name));
  }

  /** A JSON array of symbols (`["BTCUSDT","BNBUSDT"]`), each valid and traded, none twice (-1151). */
  symbols(name = 'symbols'): string[] | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!SYMBOLS.test(value)) throw RestError.illegalChars(name, SYMBOLS_RANGE);
    const list = JSON.parse(value) as string[];
    if (list.length === 0) throw RestError.mandatory(name);
    if (new Set(list).size !== list.length) throw RestError.duplicateSymbols();
    for (const symbol of list) if (!this.isSymbol(symbol)) throw RestError.badSymbol();
    return list;
  }

  /** A non-negative integer (-1100 for anything else, -1108 beyond 64 bits, -1130 below `min`). */
  integer(name: string, options: IntegerOptions = {}): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!UNSIGNED.test(value)) throw RestError.illegalChars(name, UNSIGNED_RANGE);
    const big = BigInt(value);
    if (big > INT64_MAX) throw RestError.overflow(name);
    const number = big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
    if (options.min !== undefined && number < options.min) throw RestError.invalidParameter(name);
    return options.max !== undefined && number > options.max ? options.max : number;
  }

  /** An epoch time in ms; values sent in µs are converted (Binance accepts both). */
  time(name: string): number | undefined {
    const value = this.integer(name);
    return value !== undefined && value >= MICROSECONDS ? Math.floor(value / 1000) : value;
  }

  /** One of a fixed set of values; anything else throws `invalid()`. */
  oneOf<T extends string>(name: string, values: readonly T[], invalid: () => RestError): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(values as readonly string[]).includes(value)) throw invalid();
    return value as T;
  }

  /** `true` or `false`. */
  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw RestError.illegalChars(name, '^(true|false)$');
    return value === 'true';
  }

  /**
   * A decimal as atoms of 10^-decimals: -1100 when it is not a plain decimal, -1111 when it has more significant
   * decimals than `decimals`.
   */
  decimal(name: string, decimals: number): bigint | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!DECIMAL.test(value)) throw RestError.illegalChars(name, DECIMAL_RANGE);
    const atoms = parseScaled(value, decimals);
    if (atoms === 'precision') throw RestError.precision(name);
    return atoms;
  }

  /** Refuses the request when a parameter was sent that nothing read (-1104). */
  assertAllRead(): void {
    if (this.read.size < this.params.size) throw RestError.unread(this.read.size, this.params.size);
  }

  private take(name: string): string | undefined {
    const value = this.params.get(name);
    if (value !== undefined) this.read.add(name);
    return value;
  }

  private checkSymbol(name: string, value: string): string {
    if (!SYMBOL.test(value)) throw RestError.illegalChars(name, SYMBOL_RANGE);
    if (!this.isSymbol(value)) throw RestError.badSymbol();
    return value;
  }
}
