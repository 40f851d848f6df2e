import { expect } from 'chai';
import { ParamReader } from '../../../src/simulator/rest/ParamReader.js';
import type { RestError } from '../../../src/simulator/rest/RestError.js';

const known = new Set(['BTCUSDT', 'ETHUSDT']);
const reader = (params: Record<string, string>) =>
  new ParamReader(new Map(Object.entries(params)), (s) => known.has(s));

function errorOf(fn: () => unknown): { code: number; msg: string } | undefined {
  try {
    fn();
  } catch (err) {
    return (err as RestError).toJSON();
  }
  return undefined;
}

describe('ParamReader', () => {
  it('reads symbols with Binance checks', () => {
    expect(reader({ symbol: 'BTCUSDT' }).requiredSymbol()).to.equal('BTCUSDT');
    expect(reader({}).symbol()).to.equal(undefined);
    expect(errorOf(() => reader({}).requiredSymbol())).to.deep.equal({
      code: -1102,
      msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
    });
    expect(errorOf(() => reader({ symbol: '' }).requiredSymbol())?.code).to.equal(-1102);
    expect(errorOf(() => reader({ symbol: 'btcusdt' }).requiredSymbol())).to.deep.equal({
      code: -1100,
      msg: "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'.",
    });
    expect(errorOf(() => reader({ symbol: 'XRPUSDT' }).requiredSymbol())).to.deep.equal({
      code: -1121,
      msg: 'Invalid symbol.',
    });
  });

  it('reads symbol lists', () => {
    expect(reader({ symbols: '["BTCUSDT","ETHUSDT"]' }).symbols()).to.deep.equal(['BTCUSDT', 'ETHUSDT']);
    expect(errorOf(() => reader({ symbols: '["BTCUSDT", "ETHUSDT"]' }).symbols())?.code).to.equal(-1100);
    expect(errorOf(() => reader({ symbols: 'BTCUSDT' }).symbols())?.code).to.equal(-1100);
    expect(errorOf(() => reader({ symbols: '["BTCUSDT","BTCUSDT"]' }).symbols())).to.deep.equal({
      code: -1151,
      msg: 'Symbol is present multiple times in the list.',
    });
    expect(errorOf(() => reader({ symbols: '["BTCUSDT","XRPUSDT"]' }).symbols())?.code).to.equal(-1121);
    expect(errorOf(() => reader({ symbols: '[]' }).symbols())?.code).to.equal(-1102);
  });

  it('reads integers, clamping above the maximum', () => {
    expect(reader({ limit: '20' }).integer('limit', { min: 1, max: 100 })).to.equal(20);
    expect(reader({ limit: '6000' }).integer('limit', { min: 1, max: 5000 })).to.equal(5000);
    expect(errorOf(() => reader({ limit: '0' }).integer('limit', { min: 1 }))).to.deep.equal({
      code: -1130,
      msg: "Data sent for parameter 'limit' is not valid.",
    });
    expect(errorOf(() => reader({ limit: '-5' }).integer('limit'))).to.deep.equal({
      code: -1100,
      msg: "Illegal characters found in parameter 'limit'; legal range is '^[0-9]{1,20}$'.",
    });
    expect(errorOf(() => reader({ limit: '1.5' }).integer('limit'))?.code).to.equal(-1100);
    expect(errorOf(() => reader({ fromId: '99999999999999999999' }).integer('fromId'))).to.deep.equal({
      code: -1108,
      msg: "Parameter 'fromId' overflowed.",
    });
    expect(errorOf(() => reader({ limit: '' }).integer('limit'))).to.deep.equal({
      code: -1105,
      msg: "Parameter 'limit' was empty.",
    });
  });

  it('reads times in ms or µs', () => {
    expect(reader({ startTime: '1795262460000' }).time('startTime')).to.equal(1795262460000);
    expect(reader({ startTime: '1795262460000123' }).time('startTime')).to.equal(1795262460000);
  });

  it('reads decimals exactly and refuses excess precision (-1111)', () => {
    expect(reader({ price: '67000.01' }).decimal('price', 8)).to.equal(6_700_001_000_000n);
    expect(errorOf(() => reader({ quantity: '0.000000001' }).decimal('quantity', 8))).to.deep.equal({
      code: -1111,
      msg: "Parameter 'quantity' has too much precision.",
    });
    expect(errorOf(() => reader({ price: '1e5' }).decimal('price', 8))?.code).to.equal(-1100);
  });

  it('reads enums and booleans', () => {
    const invalid = () => new Error('invalid') as unknown as RestError;
    expect(reader({ type: 'MINI' }).oneOf('type', ['FULL', 'MINI'], invalid)).to.equal('MINI');
    expect(() => reader({ type: 'mini' }).oneOf('type', ['FULL', 'MINI'], invalid)).to.throw('invalid');
    expect(reader({ b: 'false' }).boolean('b')).to.equal(false);
    expect(errorOf(() => reader({ b: 'yes' }).boolean('b'))?.code).to.equal(-1100);
  });

  it('refuses parameters nobody read (-1104), counting what was read', () => {
    const params = reader({ symbol: 'BTCUSDT', limit: '5', foo: '1' });
    expect(params.has('foo')).to.equal(true);
    params.requiredSymbol();
    params.integer('limit');
    params.integer('fromId');
    expect(
      errorOf(() => {
        params.assertAllRead();
      }),
    ).to.deep.equal({
      code: -1104,
      msg: "Not all sent parameters were read; read '2' parameter(s) but was sent '3'.",
    });
    params.string('foo');
    expect(() => {
      params.assertAllRead();
    }).not.to.throw();
  });
});
