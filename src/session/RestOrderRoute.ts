import type * as t from 'io-ts';
import type { Observable } from 'rxjs';
import { RawCancelledOrder } from '../codecs/RawCancelledOrder.js';
import { RawOrder } from '../codecs/RawOrder.js';
import type { ErrorContext } from '../errors/ExchangeError.js';
import type { AccountOrderLimits } from '../rest/RequestLimits.js';
import type { RestClient, SignedCaller } from '../rest/RestClient.js';
import { ENDPOINTS, type RestEndpoint } from '../rest/RestEndpoint.js';
import type { OrderRoute, OrderRouteParams } from './OrderRoute.js';

/**
 * Orders over REST: `POST`, `DELETE` and `GET /api/v3/order`, with the REST client's rules (a placement is never
 * retried; cancels and queries are retried for retryable errors; a -1021 resyncs the clock and is sent once more).
 */
export class RestOrderRoute implements OrderRoute {
  /**
   * @param rest - the client's REST client.
   * @param caller - the session's key, signer and receive window.
   * @param orders - the account's ORDERS buckets, booked by each placement.
   */
  constructor(
    private readonly rest: RestClient,
    private readonly caller: SignedCaller,
    private readonly orders: AccountOrderLimits,
  ) {}

  place<A>(params: OrderRouteParams, codec: t.Decoder<unknown, A>, context: ErrorContext): Observable<A> {
    return this.send(ENDPOINTS.placeOrder, 'placeOrder', params, codec, context, this.orders);
  }

  cancel(params: OrderRouteParams, context: ErrorContext): Observable<RawCancelledOrder> {
    return this.send(ENDPOINTS.cancelOrder, 'cancelOrder', params, RawCancelledOrder, context);
  }

  status(params: OrderRouteParams, context: ErrorContext): Observable<RawOrder> {
    return this.send(ENDPOINTS.getOrder, 'getOrder', params, RawOrder, context);
  }

  private send<A>(
    endpoint: RestEndpoint,
    operation: string,
    params: OrderRouteParams,
    codec: t.Decoder<unknown, A>,
    context: ErrorContext,
    orders?: AccountOrderLimits,
  ): Observable<A> {
    return this.rest.call({
      endpoint,
      params,
      codec,
      caller: this.caller,
      ...(orders === undefined ? {} : { orders }),
      operation,
      context,
    });
  }
}
