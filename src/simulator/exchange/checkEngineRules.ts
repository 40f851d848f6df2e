import type { SyntheticMarket } from '../market/SyntheticMarket.js';
import { RestError } from '../rest/RestError.js';
import { isStopType } from './orderEnums.js';
import type { NewOrderRequest } from './readNewOrder.js';
import { stopTriggered } from './stopTriggered.js';

/**
 * The matching engine's own refusals of a new order (-2010): a client order id already used by an open order of the
 * account, a LIMIT_MAKER that would take, a stop order whose stop the last price has already crossed.
 */
export function checkEngineRules(request: NewOrderRequest, market: SyntheticMarket, duplicateId: boolean): void {
  if (duplicateId) throw new RestError(-2010, 'Duplicate order sent.');
  if (request.type === 'LIMIT_MAKER') {
    const opposite = request.side === 'BUY' ? market.book.bestAsk() : market.book.bestBid();
    const price = request.price ?? 0n;
    if (opposite !== undefined && (request.side === 'BUY' ? opposite[0] <= price : opposite[0] >= price)) {
      throw new RestError(-2010, 'Order would immediately match and take.');
    }
  }
  const stop = { type: request.type, side: request.side, stopPrice: request.stopPrice ?? 0n };
  if (isStopType(request.type) && stopTriggered(stop, market.lastPrice)) {
    throw new RestError(-2010, 'Order would trigger immediately.');
  }
}

/** Parameter combinations Binance refuses (-2010): an iceberg that is not GTC, or not smaller than its order. */
export function checkCombinations(request: NewOrderRequest): void {
  const { icebergQty, quantity, timeInForce } = request;
  if (icebergQty === undefined) return;
  if (timeInForce !== undefined && timeInForce !== 'GTC') throw new RestError(-2010, 'Unsupported order combination');
  if (quantity !== undefined && icebergQty >= quantity) throw new RestError(-2010, 'IcebergQty exceeds QTY.');
}
