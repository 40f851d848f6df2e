import type { ParamReader } from '../rest/ParamReader.js';
import { RestError } from '../rest/RestError.js';
import {
  ORDER_TYPES,
  type OrderSide,
  type OrderType,
  RESPONSE_TYPES,
  type ResponseType,
  SIDES,
  STP_MODES,
  type StpMode,
  TIME_IN_FORCE,
  type TimeInForce,
} from './orderEnums.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** A parsed new-order request (PROTOCOL §3.7): amounts in the symbol's atoms, `quoteOrderQty` in quote-asset atoms. */
export interface NewOrderRequest {
  readonly symbol: string;
  readonly side: OrderSide;
  readonly type: OrderType;
  readonly timeInForce: TimeInForce | undefined;
  readonly quantity: bigint | undefined;
  readonly quoteOrderQty: bigint | undefined;
  readonly price: bigint | undefined;
  readonly stopPrice: bigint | undefined;
  readonly icebergQty: bigint | undefined;
  readonly newClientOrderId: string | undefined;
  readonly responseType: ResponseType;
  /** `undefined`: the symbol's default. */
  readonly stpMode: StpMode | undefined;
  readonly strategyId: number | undefined;
  readonly strategyType: number | undefined;
}

type Shaped = 'timeInForce' | 'quantity' | 'quoteOrderQty' | 'price' | 'stopPrice' | 'trailingDelta' | 'icebergQty';

/** The type-dependent parameters each type accepts (PROTOCOL §3.7); any other one is refused with -1106. */
const ACCEPTS: Readonly<Record<OrderType, readonly Shaped[]>> = {
  LIMIT: ['timeInForce', 'quantity', 'price', 'icebergQty'],
  MARKET: ['quantity', 'quoteOrderQty'],
  STOP_LOSS: ['quantity', 'stopPrice', 'trailingDelta'],
  TAKE_PROFIT: ['quantity', 'stopPrice', 'trailingDelta'],
  STOP_LOSS_LIMIT: ['timeInForce', 'quantity', 'price', 'stopPrice', 'trailingDelta', 'icebergQty'],
  TAKE_PROFIT_LIMIT: ['timeInForce', 'quantity', 'price', 'stopPrice', 'trailingDelta', 'icebergQty'],
  LIMIT_MAKER: ['quantity', 'price', 'icebergQty'],
};
const SHAPED: readonly Shaped[] = [
  'timeInForce',
  'quantity',
  'quoteOrderQty',
  'price',
  'stopPrice',
  'trailingDelta',
  'icebergQty',
];
const CLIENT_ORDER_ID_RANGE = '^[a-zA-Z0-9-_]{1,36}$';
const CLIENT_ORDER_ID = /^[a-zA-Z0-9\-_]{1,36}$/;
const PEG_PARAMETERS = ['pegPriceType', 'pegOffsetValue', 'pegOffsetType'];

/**
 * Reads the parameters of `POST /api/v3/order` (and `order/test`) with Binance's checks, in Binance's order: symbol
 * (-1102/-1100/-1121), side (-1117), type (-1116), parameters that do not belong to the type (-1106), mandatory ones
 * (-1102), timeInForce (-1115), then each amount (-1100 malformed, -1111 more decimals than tickSize/stepSize allow,
 * or than the quote asset's for `quoteOrderQty`). Filters and balances are the exchange's business.
 *
 * @param unitsOf - the units of a traded symbol.
 */
export function readNewOrder(params: ParamReader, unitsOf: (symbol: string) => SymbolUnits): NewOrderRequest {
  const symbol = params.requiredSymbol();
  const units = unitsOf(symbol);
  const side = requiredEnum(params, 'side', SIDES, () => new RestError(-1117, 'Invalid side.'));
  const type = requiredEnum(params, 'type', ORDER_TYPES, () => new RestError(-1116, 'Invalid orderType.'));
  const accepted = ACCEPTS[type];
  for (const name of SHAPED) if (params.has(name) && !accepted.includes(name)) throw notRequired(name);
  if (type === 'MARKET' && params.has('quantity') && params.has('quoteOrderQty')) throw notRequired('quoteOrderQty');
  for (const name of PEG_PARAMETERS) {
    if (params.has(name)) {
      params.string(name);
      throw new RestError(-2010, 'Pegged orders are not supported for this symbol.');
    }
  }
  const limitLike = accepted.includes('price');
  if (accepted.includes('timeInForce') && !params.has('timeInForce')) throw RestError.mandatory('timeInForce');
  if (type === 'MARKET' && !params.has('quantity') && !params.has('quoteOrderQty')) {
    throw RestError.eitherMandatory('quantity', 'quoteOrderQty');
  }
  if (type !== 'MARKET' && !params.has('quantity')) throw RestError.mandatory('quantity');
  if (limitLike && !params.has('price')) throw RestError.mandatory('price');
  if (accepted.includes('stopPrice') && !params.has('stopPrice') && !params.has('trailingDelta')) {
    throw RestError.eitherMandatory('stopPrice', 'trailingDelta');
  }
  // Every parameter read through `read` is mandatory for the type (or, for MARKET, the one amount it was sent):
  // empty is "not sent" (-1102), as opposed to an empty optional parameter (-1105).
  const read = <T>(name: Shaped, reader: () => T): T => {
    try {
      return reader();
    } catch (error) {
      if (error instanceof RestError && error.code === -1105) throw RestError.mandatory(name);
      throw error;
    }
  };
  const timeInForce = read('timeInForce', () =>
    params.oneOf('timeInForce', TIME_IN_FORCE, () => new RestError(-1115, 'Invalid timeInForce.')),
  );
  const { priceDecimals, quantityDecimals } = units.rules;
  const quantity = read('quantity', () => scaled(params, 'quantity', quantityDecimals, units.quantityGrain));
  const quoteOrderQty = read('quoteOrderQty', () => scaled(params, 'quoteOrderQty', units.quoteDecimals, 1n));
  const price = read('price', () => scaled(params, 'price', priceDecimals, units.priceGrain));
  const stopPrice = read('stopPrice', () => scaled(params, 'stopPrice', priceDecimals, units.priceGrain));
  const icebergQty = scaled(params, 'icebergQty', quantityDecimals, units.quantityGrain);
  if (params.has('trailingDelta')) {
    params.string('trailingDelta');
    throw new RestError(-2010, 'Trailing stop orders are not supported for this symbol.');
  }
  const newClientOrderId = clientOrderId(params, 'newClientOrderId');
  const responseType =
    params.oneOf('newOrderRespType', RESPONSE_TYPES, () => RestError.invalidParameter('newOrderRespType')) ??
    (type === 'LIMIT' || type === 'MARKET' ? 'FULL' : 'ACK');
  const stpMode = params.oneOf('selfTradePreventionMode', STP_MODES, () =>
    RestError.invalidParameter('selfTradePreventionMode'),
  );
  const strategyId = params.integer('strategyId');
  const strategyType = params.integer('strategyType');
  if (strategyType !== undefined && strategyType < 1_000_000) {
    throw new RestError(-1134, 'strategyType was less than 1000000.');
  }
  return {
    symbol,
    side,
    type,
    timeInForce,
    quantity,
    quoteOrderQty,
    price,
    stopPrice,
    icebergQty,
    newClientOrderId,
    responseType,
    stpMode,
    strategyId,
    strategyType,
  };
}

/**
 * A client order id parameter (`newClientOrderId`, `origClientOrderId`): -1118/-1119 when empty, -1100 outside
 * Binance's character set.
 */
export function clientOrderId(params: ParamReader, name: string): string | undefined {
  let value: string | undefined;
  try {
    value = params.string(name);
  } catch (error) {
    if (!(error instanceof RestError && error.code === -1105)) throw error;
    throw name === 'newClientOrderId'
      ? new RestError(-1118, 'New client order ID was empty.')
      : new RestError(-1119, 'Original client order ID was empty.');
  }
  if (value !== undefined && !CLIENT_ORDER_ID.test(value)) throw RestError.illegalChars(name, CLIENT_ORDER_ID_RANGE);
  return value;
}

function requiredEnum<T extends string>(
  params: ParamReader,
  name: string,
  values: readonly T[],
  invalid: () => RestError,
): T {
  const value = params.requiredString(name);
  if (!(values as readonly string[]).includes(value)) throw invalid();
  return value as T;
}

function scaled(params: ParamReader, name: string, decimals: number, grain: bigint): bigint | undefined {
  const atoms = params.decimal(name, decimals);
  if (atoms !== undefined && atoms % grain !== 0n) throw RestError.precision(name);
  return atoms;
}

function notRequired(name: string): RestError {
  return new RestError(-1106, `Parameter '${name}' sent when not required.`);
}
