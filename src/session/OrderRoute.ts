import type * as t from 'io-ts';
import type { Observable } from 'rxjs';
import type { RawCancelledOrder } from '../codecs/RawCancelledOrder.js';
import type { RawOrder } from '../codecs/RawOrder.js';
import type { ErrorContext } from '../errors/ExchangeError.js';

/** Request parameters as `[name, value]` pairs, in the order they are sent (REST signs them in that order). */
export type OrderRouteParams = readonly (readonly [string, string])[];

/**
 * The way a session's order requests reach Binance: REST (`/api/v3/order`) or the WebSocket API (`order.place`,
 * `order.cancel`, `order.status`). Both answer with the same payloads (PROTOCOL §4: the results have REST's fields),
 * so the session decodes, checks and reconciles the same way whichever route it uses.
 *
 * Every method returns a cold Observable: nothing is sent before subscription. Errors are classified
 * `ExchangeError`s; a placement or a cancel is never sent twice (a lost answer is an `unknown-outcome` error), a
 * status query may be.
 */
export interface OrderRoute {
  /**
   * Places an order (signed, booked on the account's ORDERS buckets) and emits its answer decoded by `codec` (ACK,
   * RESULT or FULL, as `newOrderRespType` in `params` asks).
   */
  place<A>(params: OrderRouteParams, codec: t.Decoder<unknown, A>, context: ErrorContext): Observable<A>;
  /** Cancels one order (`symbol` and `orderId` or `origClientOrderId` in `params`) and emits Binance's answer. */
  cancel(params: OrderRouteParams, context: ErrorContext): Observable<RawCancelledOrder>;
  /** Looks one order up (`symbol` and `orderId` or `origClientOrderId` in `params`). */
  status(params: OrderRouteParams, context: ErrorContext): Observable<RawOrder>;
}
