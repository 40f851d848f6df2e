import { expect } from 'chai';
import { defer, firstValueFrom, type Observable, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import sinon from 'sinon';
import { RawCancelledOrder } from '../../src/codecs/RawCancelledOrder.js';
import { RawOrder } from '../../src/codecs/RawOrder.js';
import { RawOrderFull } from '../../src/codecs/RawOrderFull.js';
import { fromTransportError, fromWsApiError } from '../../src/errors/classifyError.js';
import type { ExchangeError } from '../../src/errors/ExchangeError.js';
import type { AccountOrderLimits } from '../../src/rest/RequestLimits.js';
import type { SignedCaller } from '../../src/rest/RestClient.js';
import { WsApiOrderRoute } from '../../src/session/WsApiOrderRoute.js';
import type { WsApiCall, WsApiClient } from '../../src/wsapi/WsApiClient.js';

const caller = { recvWindow: 5000 } as unknown as SignedCaller;
const orders = { rules: [] } as unknown as AccountOrderLimits;
const context = { userId: 'alice', symbol: 'BTCUSDT' };

/** A route over a fake client whose `request` answers with `answer` (a fresh subscription each time). */
function routeWith(answer: Observable<unknown>, scheduler: TestScheduler = new TestScheduler(() => undefined)) {
  const request = sinon.stub<[WsApiCall<unknown>], Observable<unknown>>().returns(answer);
  const client = { request } as unknown as WsApiClient;
  return { route: new WsApiOrderRoute(client, caller, orders, scheduler), request };
}

/** An answer that fails with `errors` in turn, then emits `value`; counts its subscriptions. */
function failingThen(errors: readonly ExchangeError[], value: unknown) {
  const state = { attempts: 0 };
  const answer = defer(() => {
    const error = errors[state.attempts++];
    return error === undefined ? of(value) : throwError(() => error);
  });
  return { answer, state };
}

const timedOut = (idempotent: boolean): ExchangeError =>
  fromTransportError(Object.assign(new Error('no response'), { code: 'ETIMEDOUT' }), {
    operation: { name: 'op', method: 'order.x' },
    idempotent,
  });
const notFound: ExchangeError = fromWsApiError({
  status: 400,
  error: { code: -2013, msg: 'Order does not exist.' },
  operation: { name: 'getOrder', method: 'order.status' },
  idempotent: true,
});

describe('WsApiOrderRoute', () => {
  it('places with order.place: signed, weight 1, on the ORDERS buckets, never idempotent', async () => {
    const { route, request } = routeWith(of('answer'));
    const params = [
      ['symbol', 'BTCUSDT'],
      ['side', 'BUY'],
      ['quantity', '0.01'],
    ] as const;
    expect(await firstValueFrom(route.place(params, RawOrderFull, { ...context, clientOrderId: 'c1' }))).to.equal(
      'answer',
    );
    expect(request.callCount).to.equal(1);
    const call = request.firstCall.args[0];
    expect(call).to.deep.include({
      method: 'order.place',
      params: { symbol: 'BTCUSDT', side: 'BUY', quantity: '0.01' },
      codec: RawOrderFull,
      weight: 1,
      idempotent: false,
      operation: 'placeOrder',
      context: { ...context, clientOrderId: 'c1' },
    });
    expect(call.signedBy).to.equal(caller);
    expect(call.orders).to.equal(orders);
  });

  it('cancels with order.cancel: signed, weight 1, not on the ORDERS buckets, never idempotent', async () => {
    const { route, request } = routeWith(of('cancelled'));
    await firstValueFrom(
      route.cancel(
        [
          ['symbol', 'BTCUSDT'],
          ['origClientOrderId', 'c1'],
        ],
        context,
      ),
    );
    const call = request.firstCall.args[0];
    expect(call).to.deep.include({
      method: 'order.cancel',
      params: { symbol: 'BTCUSDT', origClientOrderId: 'c1' },
      codec: RawCancelledOrder,
      weight: 1,
      idempotent: false,
      operation: 'cancelOrder',
      context,
    });
    expect(call.signedBy).to.equal(caller);
    expect(call.orders).to.equal(undefined);
  });

  it('looks up with order.status: signed, weight 4, idempotent', async () => {
    const { route, request } = routeWith(of('order'));
    await firstValueFrom(
      route.status(
        [
          ['symbol', 'BTCUSDT'],
          ['orderId', '12'],
        ],
        context,
      ),
    );
    const call = request.firstCall.args[0];
    expect(call).to.deep.include({
      method: 'order.status',
      params: { symbol: 'BTCUSDT', orderId: '12' },
      codec: RawOrder,
      weight: 4,
      idempotent: true,
      operation: 'getOrder',
      context,
    });
    expect(call.signedBy).to.equal(caller);
  });

  it('is cold: nothing is requested before subscription', () => {
    const { state, answer } = failingThen([], 'x');
    const { route } = routeWith(answer);
    route.place([['symbol', 'BTCUSDT']], RawOrderFull, context);
    route.cancel([['symbol', 'BTCUSDT']], context);
    route.status([['symbol', 'BTCUSDT']], context);
    expect(state.attempts).to.equal(0);
  });

  it('never sends a placement or a cancel again after an unknown outcome', async () => {
    const sends: ((route: WsApiOrderRoute) => Observable<unknown>)[] = [
      (route) => route.place([['symbol', 'BTCUSDT']], RawOrderFull, context),
      (route) => route.cancel([['symbol', 'BTCUSDT']], context),
    ];
    for (const send of sends) {
      const lost = timedOut(false);
      expect(lost.category).to.equal('unknown-outcome');
      const { answer, state } = failingThen([lost], 'late');
      const { route } = routeWith(answer);
      let caught: unknown;
      await firstValueFrom(send(route)).catch((error: unknown) => (caught = error));
      expect(caught).to.equal(lost);
      expect(state.attempts).to.equal(1);
    }
  });

  it('retries a lookup after a retryable error with backoff (500 ms, then 1 s), at most twice', () => {
    const scheduler = new TestScheduler((actual, expected) => {
      expect(actual).to.deep.equal(expected);
    });
    scheduler.run(() => {
      const { answer, state } = failingThen([timedOut(true), timedOut(true)], 'order');
      const { route } = routeWith(answer, scheduler);
      const seen: number[] = [];
      route.status([['symbol', 'BTCUSDT']], context).subscribe(() => seen.push(scheduler.now()));
      scheduler.flush();
      expect(state.attempts).to.equal(3);
      expect(seen).to.have.length(1);
      // 500 ms then 1000 ms, each less up to 20 % jitter.
      expect(seen[0]).to.be.within(1_200, 1_500);

      const thrice = failingThen([timedOut(true), timedOut(true), timedOut(true)], 'order');
      let caught: unknown;
      routeWith(thrice.answer, scheduler)
        .route.status([['symbol', 'BTCUSDT']], context)
        .subscribe({ error: (error: unknown) => (caught = error) });
      scheduler.flush();
      expect(thrice.state.attempts).to.equal(3);
      expect((caught as ExchangeError).category).to.equal('timeout');
    });
  });

  it('does not retry a lookup for an error that retrying cannot fix (not found)', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(() => {
      const { answer, state } = failingThen([notFound], 'order');
      let caught: unknown;
      routeWith(answer, scheduler)
        .route.status([['symbol', 'BTCUSDT']], context)
        .subscribe({ error: (error: unknown) => (caught = error) });
      scheduler.flush();
      expect(state.attempts).to.equal(1);
      expect(caught).to.equal(notFound);
    });
  });
});
