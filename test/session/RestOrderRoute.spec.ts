import { expect } from 'chai';
import { firstValueFrom, type Observable, of } from 'rxjs';
import sinon from 'sinon';
import { RawCancelledOrder } from '../../src/codecs/RawCancelledOrder.js';
import { RawOrder } from '../../src/codecs/RawOrder.js';
import { RawOrderAck } from '../../src/codecs/RawOrderAck.js';
import type { AccountOrderLimits } from '../../src/rest/RequestLimits.js';
import type { RestCall, RestClient, SignedCaller } from '../../src/rest/RestClient.js';
import { ENDPOINTS } from '../../src/rest/RestEndpoint.js';
import { RestOrderRoute } from '../../src/session/RestOrderRoute.js';

const caller = { recvWindow: 5000 } as unknown as SignedCaller;
const orders = { rules: [] } as unknown as AccountOrderLimits;
const context = { userId: 'alice', symbol: 'BTCUSDT' };

function route() {
  const call = sinon.stub<[RestCall<unknown>], Observable<unknown>>().returns(of('answer'));
  return { route: new RestOrderRoute({ call } as unknown as RestClient, caller, orders), call };
}

describe('RestOrderRoute', () => {
  it('places with POST /api/v3/order, signed and on the ORDERS buckets, parameters in their order', async () => {
    const { route: rest, call } = route();
    const params = [
      ['symbol', 'BTCUSDT'],
      ['side', 'SELL'],
      ['newOrderRespType', 'ACK'],
    ] as const;
    expect(await firstValueFrom(rest.place(params, RawOrderAck, context))).to.equal('answer');
    const request = call.firstCall.args[0];
    expect(request).to.deep.include({ endpoint: ENDPOINTS.placeOrder, codec: RawOrderAck, operation: 'placeOrder' });
    expect(request.params).to.equal(params);
    expect(request.caller).to.equal(caller);
    expect(request.orders).to.equal(orders);
    expect(request.context).to.deep.equal(context);
  });

  it('cancels with DELETE /api/v3/order and looks up with GET /api/v3/order, signed', async () => {
    const { route: rest, call } = route();
    const params = [
      ['symbol', 'BTCUSDT'],
      ['orderId', '7'],
    ] as const;
    await firstValueFrom(rest.cancel(params, context));
    await firstValueFrom(rest.status(params, context));
    const [cancel, status] = call.args.map(([request]) => request);
    expect(cancel).to.deep.include({
      endpoint: ENDPOINTS.cancelOrder,
      codec: RawCancelledOrder,
      operation: 'cancelOrder',
      params,
      context,
    });
    expect(status).to.deep.include({ endpoint: ENDPOINTS.getOrder, codec: RawOrder, operation: 'getOrder', params });
    expect(cancel?.caller).to.equal(caller);
    expect(status?.caller).to.equal(caller);
    expect(cancel?.orders).to.equal(undefined);
  });
});
