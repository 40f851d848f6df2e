import type * as t from 'io-ts';
import type { Observable, SchedulerLike } from 'rxjs';
import { RawCancelledOrder } from '../codecs/RawCancelledOrder.js';
import { RawOrder } from '../codecs/RawOrder.js';
import type { ErrorContext } from '../errors/ExchangeError.js';
import { retryIdempotent } from '../rest/retryIdempotent.js';
import type { AccountOrderLimits } from '../rest/RequestLimits.js';
import type { SignedCaller } from '../rest/RestClient.js';
import type { WsApiClient } from '../wsapi/WsApiClient.js';
import type { OrderRoute, OrderRouteParams } from './OrderRoute.js';

/**
 * Orders over the client's WebSocket API connection (PROTOCOL §4): `order.place` (weight 1, booked on the account's
 * ORDERS buckets), `order.cancel` (weight 1) and `order.status` (weight 4). Every request is signed, so it does not
 * depend on the connection being logged on. The responses' `rateLimits` correct the same buckets as REST's headers.
 *
 * A placement or a cancel is sent once: a connection lost or a timeout after sending is an `unknown-outcome` error,
 * which the session reconciles by looking the order up. Only `order.status` is retried, for retryable errors, like a
 * REST query.
 */
export class WsApiOrderRoute implements OrderRoute {
  /**
   * @param client - the client's WebSocket API connection.
   * @param caller - the session's key, signer and receive window.
   * @param orders - the account's ORDERS buckets, booked by each placement.
   * @param scheduler - the clock of the retries of `order.status`.
   */
  constructor(
    private readonly client: WsApiClient,
    private readonly caller: SignedCaller,
    private readonly orders: AccountOrderLimits,
    private readonly scheduler: SchedulerLike,
  ) {}

  place<A>(params: OrderRouteParams, codec: t.Decoder<unknown, A>, context: ErrorContext): Observable<A> {
    return this.send({ method: 'order.place', operation: 'placeOrder', weight: 1, idempotent: false }, params, codec, {
      context,
      orders: this.orders,
    });
  }

  cancel(params: OrderRouteParams, context: ErrorContext): Observable<RawCancelledOrder> {
    // Not idempotent here: a cancel sent again after a lost answer would fail as "Unknown order" although it worked.
    const request = { method: 'order.cancel', operation: 'cancelOrder', weight: 1, idempotent: false };
    return this.send(request, params, RawCancelledOrder, { context });
  }

  status(params: OrderRouteParams, context: ErrorContext): Observable<RawOrder> {
    const request = { method: 'order.status', operation: 'getOrder', weight: 4, idempotent: true };
    return this.send(request, params, RawOrder, { context }).pipe(retryIdempotent(this.scheduler));
  }

  private send<A>(
    request: {
      readonly method: string;
      readonly operation: string;
      readonly weight: number;
      readonly idempotent: boolean;
    },
    params: OrderRouteParams,
    codec: t.Decoder<unknown, A>,
    extra: { readonly context: ErrorContext; readonly orders?: AccountOrderLimits },
  ): Observable<A> {
    return this.client.request({
      ...request,
      params: Object.fromEntries(params),
      codec,
      signedBy: this.caller,
      ...extra,
    });
  }
}
