import type { OrderRecord } from './OrderRecord.js';

/**
 * True when the last price has crossed the stop price in the order's trigger direction (PROTOCOL §3.7): STOP_LOSS BUY
 * and TAKE_PROFIT SELL trigger when the price rises to the stop, STOP_LOSS SELL and TAKE_PROFIT BUY when it falls to it.
 */
export function stopTriggered(order: Pick<OrderRecord, 'type' | 'side' | 'stopPrice'>, lastPrice: bigint): boolean {
  const rising = order.type.startsWith('STOP_LOSS') === (order.side === 'BUY');
  return rising ? lastPrice >= order.stopPrice : lastPrice <= order.stopPrice;
}
