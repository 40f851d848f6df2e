import { expect } from 'chai';
import type { RestRoute } from '../../../src/simulator/rest/RestRoute.js';
import { RestRouter } from '../../../src/simulator/rest/RestRouter.js';

const route = (method: RestRoute['method'], path: string): RestRoute => ({
  method,
  path,
  security: 'NONE',
  weight: 1,
  handle: () => ({}),
});

describe('RestRouter', () => {
  it('finds routes by method and exact path, and refuses duplicates', () => {
    const ping = route('GET', '/api/v3/ping');
    const order = route('POST', '/api/v3/order');
    const router = new RestRouter().add(ping, order);
    expect(router.find('GET', '/api/v3/ping')).to.equal(ping);
    expect(router.find('POST', '/api/v3/ping')).to.equal(undefined);
    expect(router.find('GET', '/api/v3/ping/')).to.equal(undefined);
    expect(router.list()).to.deep.equal([ping, order]);
    expect(() => router.add(route('GET', '/api/v3/ping'))).to.throw(TypeError);
    expect(RestRouter.isMethod('DELETE')).to.equal(true);
    expect(RestRouter.isMethod('PATCH')).to.equal(false);
  });
});
