import { randomAlphanumeric } from './AccountRegistry.js';
import { isStopType } from './orderEnums.js';
import type { OrderLock } from './orderLock.js';
import type { OrderRecord } from './OrderRecord.js';
import type { NewOrderRequest } from './readNewOrder.js';

// exchangeInfo publishes EXPIRE_MAKER as every symbol's defaultSelfTradePreventionMode.
const DEFAULT_STP = 'EXPIRE_MAKER';

/**
 * The record of an accepted order: status NEW, working from `now` (a stop order only once triggered), a generated
 * 22-character client order id unless one was given, the symbol's default STP mode unless one was given.
 */
export function createOrderRecord(
  accountId: string,
  request: NewOrderRequest,
  orderId: number,
  lock: OrderLock,
  now: number,
): OrderRecord {
  return {
    account: accountId,
    symbol: request.symbol,
    orderId,
    clientOrderId: request.newClientOrderId ?? randomAlphanumeric(22),
    side: request.side,
    type: request.type,
    timeInForce: request.timeInForce ?? 'GTC',
    price: request.price ?? 0n,
    origQty: request.quantity ?? 0n,
    origQuoteOrderQty: request.quoteOrderQty ?? 0n,
    stopPrice: request.stopPrice ?? 0n,
    icebergQty: request.icebergQty ?? 0n,
    stpMode: request.stpMode ?? DEFAULT_STP,
    strategyId: request.strategyId,
    strategyType: request.strategyType,
    time: now,
    updateTime: now,
    workingTime: isStopType(request.type) ? -1 : now,
    status: 'NEW',
    executedQty: 0n,
    cumQuote: 0n,
    preventedQty: 0n,
    preventedMatchId: undefined,
    expiryReason: 'NONE',
    lockAsset: lock.asset,
    locked: lock.amount,
    counted: false,
  };
}
