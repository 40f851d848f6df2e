import { decimalsOf, formatScaled, parseScaled, pow10, toScaled } from './scaledDecimal.js';
import type { SymbolConfig, SymbolStatus } from './SymbolConfig.js';

// Binance publishes 8 decimals for every spot asset and writes every price and quantity with them ("0.01000000").
const ASSET_PRECISION = 8;
const SYMBOL = /^[A-Z0-9-_.]{1,20}$/;
const ASSET = /^[A-Z0-9]{1,20}$/;

/**
 * Everything the simulator derives from a {@link SymbolConfig}: the exact integer scales, the filter values that
 * `exchangeInfo` publishes (and that order validation will enforce), and the formatters that write amounts the way
 * Binance does. Prices are atoms of 10^-priceDecimals, quantities of 10^-quantityDecimals, notionals (price ×
 * quantity) of 10^-(priceDecimals + quantityDecimals).
 */
export class SymbolRules {
  readonly symbol: string;
  readonly baseAsset: string;
  readonly quoteAsset: string;
  readonly status: SymbolStatus;
  /** Digits written after the point of a price: max(8, decimals of tickSize). */
  readonly priceDecimals: number;
  /** Digits written after the point of a quantity: max(8, decimals of stepSize). */
  readonly quantityDecimals: number;
  /**
   * Digits written after the point of a notional: max(8, decimals of tickSize), Binance's quote precision. Notionals
   * are truncated to it, which is exact when tickSize and stepSize have at most that many decimals together.
   */
  readonly quoteDecimals: number;
  readonly tickSize: bigint;
  readonly stepSize: bigint;
  readonly minPrice: bigint;
  readonly maxPrice: bigint;
  readonly minQty: bigint;
  readonly maxQty: bigint;
  /** MARKET_LOT_SIZE maxQty (a tenth of LOT_SIZE maxQty). */
  readonly marketMaxQty: bigint;
  /** In notional atoms. */
  readonly minNotional: bigint;
  /** In notional atoms. */
  readonly maxNotional: bigint;
  readonly initialPrice: bigint;
  /** ICEBERG_PARTS limit (Binance's current 100). */
  readonly icebergParts = 100;
  /** MAX_NUM_ORDERS (default Binance's usual 200). */
  readonly maxNumOrders: number;
  /** MAX_NUM_ALGO_ORDERS (default Binance's usual 5). */
  readonly maxNumAlgoOrders: number;
  /** PERCENT_PRICE_BY_SIDE multipliers and averaging window. */
  readonly percentPrice = { up: '5', down: '0.2', avgPriceMins: 5 } as const;

  private readonly quoteShift: bigint;
  private readonly priceTexts = new Map<bigint, string>();

  private constructor(config: SymbolConfig) {
    if (!SYMBOL.test(config.symbol)) throw new TypeError(`invalid symbol ${JSON.stringify(config.symbol)}`);
    if (!ASSET.test(config.baseAsset) || !ASSET.test(config.quoteAsset)) {
      throw new TypeError(`${config.symbol}: invalid asset names`);
    }
    this.symbol = config.symbol;
    this.baseAsset = config.baseAsset;
    this.quoteAsset = config.quoteAsset;
    this.status = config.status ?? 'TRADING';
    const tickDecimals = decimalsOf(config.tickSize);
    const stepDecimals = decimalsOf(config.stepSize);
    this.priceDecimals = Math.max(ASSET_PRECISION, tickDecimals);
    this.quantityDecimals = Math.max(ASSET_PRECISION, stepDecimals);
    this.quoteDecimals = Math.max(ASSET_PRECISION, tickDecimals);
    this.quoteShift = pow10(this.priceDecimals + this.quantityDecimals - this.quoteDecimals);

    this.tickSize = this.configPrice(config.tickSize, 'tickSize');
    this.stepSize = this.configQuantity(config.stepSize, 'stepSize');
    if (this.tickSize <= 0n || this.stepSize <= 0n)
      throw new TypeError(`${config.symbol}: tickSize and stepSize must be > 0`);
    this.initialPrice = this.configPrice(config.initialPrice, 'initialPrice');
    this.minPrice = this.configPrice(config.minPrice ?? config.tickSize, 'minPrice');
    this.maxPrice =
      config.maxPrice === undefined ? this.defaultMaxPrice() : this.configPrice(config.maxPrice, 'maxPrice');
    this.minQty = this.configQuantity(config.minQty ?? config.stepSize, 'minQty');
    this.maxQty = config.maxQty === undefined ? this.defaultMaxQty() : this.configQuantity(config.maxQty, 'maxQty');
    this.marketMaxQty = (this.maxQty / 10n / this.stepSize) * this.stepSize;
    const notionalDecimals = this.priceDecimals + this.quantityDecimals;
    this.minNotional = toScaled(config.minNotional ?? '5', notionalDecimals);
    this.maxNotional = toScaled(config.maxNotional ?? '9000000', notionalDecimals);
    this.maxNumOrders = config.maxNumOrders ?? 200;
    this.maxNumAlgoOrders = config.maxNumAlgoOrders ?? 5;
    if (!(Number.isInteger(this.maxNumOrders) && this.maxNumOrders > 0)) {
      throw new TypeError(`${config.symbol}: maxNumOrders must be a positive integer`);
    }
    if (!(Number.isInteger(this.maxNumAlgoOrders) && this.maxNumAlgoOrders > 0)) {
      throw new TypeError(`${config.symbol}: maxNumAlgoOrders must be a positive integer`);
    }

    if (this.initialPrice <= this.minPrice || this.initialPrice >= this.maxPrice) {
      throw new TypeError(`${config.symbol}: initialPrice must lie strictly between minPrice and maxPrice`);
    }
    if ((this.initialPrice - this.minPrice) % this.tickSize !== 0n) {
      throw new TypeError(`${config.symbol}: initialPrice must be a multiple of tickSize`);
    }
    if (this.minQty <= 0n || this.minQty % this.stepSize !== 0n || this.maxQty <= this.minQty) {
      throw new TypeError(`${config.symbol}: minQty must be a positive multiple of stepSize below maxQty`);
    }
  }

  /** Validates a configuration and derives its rules; throws a `TypeError` naming the first problem. */
  static from(config: SymbolConfig): SymbolRules {
    return new SymbolRules(config);
  }

  /** A price (atoms) as Binance writes it, e.g. `"67000.01000000"`. */
  price(value: bigint): string {
    // Depth streams write the same few hundred prices ten times a second: remember them.
    let text = this.priceTexts.get(value);
    if (text === undefined) {
      text = formatScaled(value, this.priceDecimals);
      if (this.priceTexts.size >= 4096) this.priceTexts.clear();
      this.priceTexts.set(value, text);
    }
    return text;
  }

  /** A quantity (atoms) as Binance writes it, e.g. `"0.00120000"`. */
  quantity(value: bigint): string {
    return formatScaled(value, this.quantityDecimals);
  }

  /** A notional (price atoms × quantity atoms) as Binance writes it, truncated to `quoteDecimals`. */
  quote(value: bigint): string {
    return formatScaled(value / this.quoteShift, this.quoteDecimals);
  }

  /** Parses a price parameter: atoms, `'precision'` for too many decimals, `undefined` when malformed. */
  parsePrice(text: string): bigint | 'precision' | undefined {
    return parseScaled(text, this.priceDecimals);
  }

  /** Parses a quantity parameter: atoms, `'precision'` for too many decimals, `undefined` when malformed. */
  parseQuantity(text: string): bigint | 'precision' | undefined {
    return parseScaled(text, this.quantityDecimals);
  }

  private configPrice(text: string, name: string): bigint {
    return this.configValue(text, this.priceDecimals, name);
  }

  private configQuantity(text: string, name: string): bigint {
    return this.configValue(text, this.quantityDecimals, name);
  }

  private configValue(text: string, decimals: number, name: string): bigint {
    const value = parseScaled(text, decimals);
    if (typeof value !== 'bigint') throw new TypeError(`${this.symbol}: ${name} ${JSON.stringify(text)} is invalid`);
    return value;
  }

  private defaultMaxPrice(): bigint {
    // 10^(integer digits + 2): BTCUSDT at 67000 gets 10000000, a price of 0.05 gets 1000.
    const integerDigits = (this.initialPrice / pow10(this.priceDecimals)).toString().length;
    return pow10(integerDigits + 2 + this.priceDecimals);
  }

  private defaultMaxQty(): bigint {
    // 9·10^k with 10^k the magnitude of 10^8 quote units at the initial price: BTCUSDT at 67000 gets 9000.
    const units = pow10(8 + this.priceDecimals) / this.initialPrice;
    const magnitude = pow10(Math.max(0, units.toString().length - 1) + this.quantityDecimals);
    return ((9n * magnitude) / this.stepSize) * this.stepSize;
  }
}
