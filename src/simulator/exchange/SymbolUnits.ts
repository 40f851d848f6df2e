import { formatScaled, pow10 } from '../market/scaledDecimal.js';
import type { SymbolRules } from '../market/SymbolRules.js';

/**
 * Conversions between a symbol's atoms (price, quantity, notional = price × quantity) and its assets' balance atoms.
 * A fill's quote amount is its notional truncated to the quote asset's decimals, the same figure the public trade
 * streams report as `quoteQty`; buyer and seller move exactly that amount, so nothing is created or lost.
 */
export class SymbolUnits {
  /** 10^(base asset decimals − quantity decimals). */
  private readonly baseFactor: bigint;
  /** 10^(notional decimals − quote asset decimals). */
  private readonly quoteDivisor: bigint;
  /** 10^(decimals of tickSize's last significant digit below the price scale): finer prices are too precise. */
  readonly priceGrain: bigint;
  /** The same for stepSize and quantities. */
  readonly quantityGrain: bigint;

  /**
   * @throws TypeError when an asset has fewer decimals than the symbol's quantities or notionals need.
   */
  constructor(
    readonly rules: SymbolRules,
    readonly baseDecimals: number,
    readonly quoteDecimals: number,
  ) {
    const notionalDecimals = rules.priceDecimals + rules.quantityDecimals;
    if (baseDecimals < rules.quantityDecimals || quoteDecimals > notionalDecimals) {
      throw new TypeError(`${rules.symbol}: asset decimals do not fit the symbol's scales`);
    }
    this.baseFactor = pow10(baseDecimals - rules.quantityDecimals);
    this.quoteDivisor = pow10(notionalDecimals - quoteDecimals);
    this.priceGrain = grainOf(rules.tickSize);
    this.quantityGrain = grainOf(rules.stepSize);
  }

  /** A quantity in base-asset atoms. */
  base(quantity: bigint): bigint {
    return quantity * this.baseFactor;
  }

  /** The largest whole number of steps (in quantity atoms) that `baseAtoms` of the base asset cover. */
  quantityFor(baseAtoms: bigint): bigint {
    const quantity = baseAtoms / this.baseFactor;
    return quantity - (quantity % this.rules.stepSize);
  }

  /** price × quantity in quote-asset atoms, truncated (what a fill moves). */
  quote(price: bigint, quantity: bigint): bigint {
    return (price * quantity) / this.quoteDivisor;
  }

  /** price × quantity in quote-asset atoms, rounded up (what a BUY at `price` must lock). */
  quoteCeil(price: bigint, quantity: bigint): bigint {
    const notional = price * quantity;
    return (notional + this.quoteDivisor - 1n) / this.quoteDivisor;
  }

  /** A quote-asset amount as a notional (price atoms × quantity atoms). */
  notional(quoteAtoms: bigint): bigint {
    return quoteAtoms * this.quoteDivisor;
  }

  /** An amount of the base or the quote asset (atoms) as Binance writes it. */
  formatAsset(asset: string, atoms: bigint): string {
    return formatScaled(atoms, asset === this.rules.baseAsset ? this.baseDecimals : this.quoteDecimals);
  }

  /** A quote-asset amount (atoms) as Binance writes it. */
  formatQuote(atoms: bigint): string {
    return formatScaled(atoms, this.quoteDecimals);
  }

  /** The largest whole number of steps whose {@link quote} at `price` stays within `quoteAtoms`. */
  quantityForQuote(quoteAtoms: bigint, price: bigint): bigint {
    if (quoteAtoms < 0n) return 0n;
    const quantity = ((quoteAtoms + 1n) * this.quoteDivisor - 1n) / price;
    return quantity - (quantity % this.rules.stepSize);
  }
}

/** The largest power of ten dividing a positive value: 0.05 at 8 decimals (5000000) gives 1000000. */
function grainOf(value: bigint): bigint {
  let grain = 1n;
  while (value % (grain * 10n) === 0n) grain *= 10n;
  return grain;
}
