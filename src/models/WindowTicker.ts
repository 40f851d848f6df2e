import { BigNumber } from 'bignumber.js';
import type { RawWindowTicker, RawWindowTickerArray, WindowTickerEvent } from '../codecs/RawWindowTicker.js';
import { inspectCustom, type Plain, plainModel } from './plainModel.js';
import type { TickerWindow } from './TickerWindow.js';

/** Rolling-window statistics of a symbol over 1 h, 4 h or 1 d (`market.windowTicker(symbol, window)`). */
export interface WindowTicker {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  /** The window: `'1h'`, `'4h'` or `'1d'`. */
  readonly window: TickerWindow;
  /** `lastPrice` − `open`. */
  readonly priceChange: BigNumber;
  /** The change in percent (`"250.00"` means +250 %). */
  readonly priceChangePercent: BigNumber;
  /** The first price of the window. */
  readonly open: BigNumber;
  readonly high: BigNumber;
  readonly low: BigNumber;
  readonly lastPrice: BigNumber;
  readonly weightedAveragePrice: BigNumber;
  /** Volume in the base asset. */
  readonly volume: BigNumber;
  /** Volume in the quote asset. */
  readonly quoteVolume: BigNumber;
  /** Start of the window, on a minute (epoch ms, or µs with `timeUnit=MICROSECOND`). */
  readonly openTime: number;
  /** End of the window: the time of the update, so the window can be up to 59999 ms wider than its name. */
  readonly closeTime: number;
  /** First trade id in the window; `-1n` when there were no trades. */
  readonly firstTradeId: bigint;
  /** Last trade id in the window; `-1n` when there were no trades. */
  readonly lastTradeId: bigint;
  /** Number of trades in the window. */
  readonly trades: number;
  /** When Binance sent the event (epoch ms, or µs). */
  readonly eventTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<WindowTicker>;
}

const WINDOW_OF: Readonly<Record<WindowTickerEvent, TickerWindow>> = {
  '1hTicker': '1h',
  '4hTicker': '4h',
  '1dTicker': '1d',
};

class WindowTickerModel implements WindowTicker {
  #priceChange: BigNumber | undefined;
  #priceChangePercent: BigNumber | undefined;
  #open: BigNumber | undefined;
  #high: BigNumber | undefined;
  #low: BigNumber | undefined;
  #lastPrice: BigNumber | undefined;
  #weightedAveragePrice: BigNumber | undefined;
  #volume: BigNumber | undefined;
  #quoteVolume: BigNumber | undefined;

  constructor(private readonly raw: RawWindowTicker) {}

  get symbol(): string {
    return this.raw.s;
  }
  get window(): TickerWindow {
    return WINDOW_OF[this.raw.e];
  }
  get priceChange(): BigNumber {
    return (this.#priceChange ??= new BigNumber(this.raw.p));
  }
  get priceChangePercent(): BigNumber {
    return (this.#priceChangePercent ??= new BigNumber(this.raw.P));
  }
  get open(): BigNumber {
    return (this.#open ??= new BigNumber(this.raw.o));
  }
  get high(): BigNumber {
    return (this.#high ??= new BigNumber(this.raw.h));
  }
  get low(): BigNumber {
    return (this.#low ??= new BigNumber(this.raw.l));
  }
  get lastPrice(): BigNumber {
    return (this.#lastPrice ??= new BigNumber(this.raw.c));
  }
  get weightedAveragePrice(): BigNumber {
    return (this.#weightedAveragePrice ??= new BigNumber(this.raw.w));
  }
  get volume(): BigNumber {
    return (this.#volume ??= new BigNumber(this.raw.v));
  }
  get quoteVolume(): BigNumber {
    return (this.#quoteVolume ??= new BigNumber(this.raw.q));
  }
  get openTime(): number {
    return this.raw.O;
  }
  get closeTime(): number {
    return this.raw.C;
  }
  get firstTradeId(): bigint {
    return BigInt(this.raw.F);
  }
  get lastTradeId(): bigint {
    return BigInt(this.raw.L);
  }
  get trades(): number {
    return this.raw.n;
  }
  get eventTime(): number {
    return this.raw.E;
  }
  toJSON(): Plain<WindowTicker> {
    return plainModel<WindowTicker>(this);
  }
  [inspectCustom](): Plain<WindowTicker> {
    return this.toJSON();
  }
}

/** Maps a decoded `RawWindowTicker` to a {@link WindowTicker}; decimals are built on first read. */
export function toWindowTicker(raw: RawWindowTicker): WindowTicker {
  return new WindowTickerModel(raw);
}

/** Maps a decoded `!ticker_<w>@arr` payload to one {@link WindowTicker} per changed symbol, in wire order. */
export function toWindowTickers(raw: RawWindowTickerArray): readonly WindowTicker[] {
  return raw.map(toWindowTicker);
}
