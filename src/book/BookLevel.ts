import { BigNumber } from 'bignumber.js';
import type { Plain } from '../models/plainModel.js';
import { inspectCustom } from '../models/plainModel.js';
import type { PriceLevel } from '../models/PriceLevel.js';
import { normalizeDecimal } from '../internal/decimalText.js';
import type { PriceScale } from './PriceScale.js';

/** A {@link PriceLevel} of a local order book; its JSON form is written from exact strings. */
export interface BookLevel extends PriceLevel {
  /** Exact strings for JSON (`{"price":"27123.45","quantity":"0.5"}`). */
  toJSON(): Plain<PriceLevel>;
}

class BookLevelModel implements BookLevel {
  #price: BigNumber | undefined;
  #quantity: BigNumber | undefined;

  constructor(
    private readonly scale: PriceScale,
    private readonly ticks: number,
    private readonly text: string,
  ) {}

  get price(): BigNumber {
    return (this.#price ??= new BigNumber(this.scale.toDecimal(this.ticks)));
  }
  get quantity(): BigNumber {
    return (this.#quantity ??= new BigNumber(this.text));
  }
  // Written from the exact texts, without building BigNumbers; the same strings as their toFixed().
  toJSON(): Plain<PriceLevel> {
    return { price: this.scale.toDecimal(this.ticks), quantity: normalizeDecimal(this.text) };
  }
  [inspectCustom](): Plain<PriceLevel> {
    return this.toJSON();
  }
}

/**
 * A {@link BookLevel} from its price in ticks and its quantity as Binance sent it. Nothing is
 * computed until read: the `BigNumber`s are built on first access, `toJSON` writes exact strings without them.
 */
export function toBookLevel(scale: PriceScale, ticks: number, quantity: string): BookLevel {
  return new BookLevelModel(scale, ticks, quantity);
}
