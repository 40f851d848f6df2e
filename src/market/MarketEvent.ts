import type { AggTrade } from '../models/AggTrade.js';
import type { AvgPrice } from '../models/AvgPrice.js';
import type { BookTicker } from '../models/BookTicker.js';
import type { DepthSnapshot } from '../models/DepthSnapshot.js';
import type { DepthUpdate } from '../models/DepthUpdate.js';
import type { Kline } from '../models/Kline.js';
import type { MiniTicker } from '../models/MiniTicker.js';
import type { Ticker } from '../models/Ticker.js';
import type { Trade } from '../models/Trade.js';
import type { TopicType } from './parseTopic.js';

/** The data each topic type carries. */
export interface TopicData {
  readonly ticker: Ticker;
  readonly miniTicker: MiniTicker;
  readonly trades: Trade;
  readonly aggTrades: AggTrade;
  readonly klines: Kline;
  readonly depth: DepthSnapshot;
  readonly diffDepth: DepthUpdate;
  readonly bookTicker: BookTicker;
  readonly avgPrice: AvgPrice;
}

/** One value of `market.topic(...)`: `{ type, symbol, data }`, as the seeds' `{:market_data, ...}` messages. */
export type MarketEvent = {
  readonly [K in TopicType]: { readonly type: K; readonly symbol: string; readonly data: TopicData[K] };
}[TopicType];
