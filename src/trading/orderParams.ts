import { describe, isRecord } from '../codecs/primitives.js';
import { normalizeSymbol } from '../market/normalizeSymbol.js';
import { formatDecimal } from './formatDecimal.js';
import type { DecimalInput, NewOrder } from './NewOrder.js';
import {
  isOneOf,
  ORDER_RESPONSE_TYPES,
  ORDER_SIDES,
  ORDER_TYPES,
  type OrderResponseType,
  type OrderType,
  SELF_TRADE_PREVENTION_MODES,
  TIME_IN_FORCE_VALUES,
} from './orderEnums.js';

/** What the session supplies to {@link orderParams}. */
export interface OrderParamsDefaults {
  /** The client order id to send when the order has none (the session generates one per order). */
  readonly newClientOrderId: string;
  /** The response type to send when the order has none; by default none is sent (Binance's own default applies). */
  readonly newOrderRespType?: OrderResponseType;
}

/**
 * The order in which {@link orderParams} lists parameters. REST signs parameters in the order they are sent, so the
 * order is fixed: Binance's own examples start `symbol, side, type, timeInForce, quantity, price`.
 */
export const ORDER_PARAM_ORDER = [
  'symbol',
  'side',
  'type',
  'timeInForce',
  'quantity',
  'quoteOrderQty',
  'price',
  'stopPrice',
  'trailingDelta',
  'icebergQty',
  'newClientOrderId',
  'strategyId',
  'strategyType',
  'selfTradePreventionMode',
  'newOrderRespType',
] as const;

type ParamName = (typeof ORDER_PARAM_ORDER)[number];

const COMMON: readonly ParamName[] = [
  'symbol',
  'side',
  'type',
  'newClientOrderId',
  'newOrderRespType',
  'selfTradePreventionMode',
  'strategyId',
  'strategyType',
];

interface TypeRule {
  /** Parameters the type requires. */
  readonly required: readonly ParamName[];
  /** Parameters it also takes. */
  readonly optional: readonly ParamName[];
  /** Parameters of which at least one (or, when `exactly`, exactly one) must be given. */
  readonly oneOf?: { readonly names: readonly ParamName[]; readonly exactly: boolean };
}

const TRIGGER = { names: ['stopPrice', 'trailingDelta'], exactly: false } as const;

// PROTOCOL §3.7 "additionally mandatory" table; iceberg quantities on every limit kind.
const RULES: Readonly<Record<OrderType, TypeRule>> = {
  LIMIT: { required: ['quantity', 'price', 'timeInForce'], optional: ['icebergQty'] },
  MARKET: { required: [], optional: [], oneOf: { names: ['quantity', 'quoteOrderQty'], exactly: true } },
  STOP_LOSS: { required: ['quantity'], optional: [], oneOf: TRIGGER },
  TAKE_PROFIT: { required: ['quantity'], optional: [], oneOf: TRIGGER },
  STOP_LOSS_LIMIT: { required: ['quantity', 'price', 'timeInForce'], optional: ['icebergQty'], oneOf: TRIGGER },
  TAKE_PROFIT_LIMIT: { required: ['quantity', 'price', 'timeInForce'], optional: ['icebergQty'], oneOf: TRIGGER },
  LIMIT_MAKER: { required: ['quantity', 'price'], optional: ['icebergQty'] },
};

// Per type, computed once: every parameter it takes, and those it requires (with symbol and side).
function perType<T>(of: (rule: TypeRule) => T): Readonly<Record<OrderType, T>> {
  return Object.fromEntries(ORDER_TYPES.map((type) => [type, of(RULES[type])])) as Record<OrderType, T>;
}
const ALLOWED = perType(
  (rule): ReadonlySet<string> => new Set([...COMMON, ...rule.required, ...rule.optional, ...(rule.oneOf?.names ?? [])]),
);
const RANK: ReadonlyMap<string, number> = new Map(ORDER_PARAM_ORDER.map((name, i) => [name, i]));
const REQUIRED = perType((rule): readonly string[] => ['symbol', 'side', ...rule.required]);

const DECIMAL_PARAMS: ReadonlySet<string> = new Set(['quantity', 'quoteOrderQty', 'price', 'stopPrice', 'icebergQty']);

// Binance's documented grammar of client order ids.
const CLIENT_ORDER_ID = /^[.A-Za-z0-9:/_-]{1,36}$/;

const isOrderType = isOneOf(ORDER_TYPES);
const isSide = isOneOf(ORDER_SIDES);
const isTimeInForce = isOneOf(TIME_IN_FORCE_VALUES);
const isResponseType = isOneOf(ORDER_RESPONSE_TYPES);
const isStpMode = isOneOf(SELF_TRADE_PREVENTION_MODES);

/**
 * Turns a {@link NewOrder} into the REST parameters of `POST /api/v3/order` (and `/order/test`), as
 * `[name, value]` pairs in the fixed {@link ORDER_PARAM_ORDER}. `recvWindow`, `timestamp` and `signature` are the
 * REST layer's to append.
 *
 * It checks at run time what the types say, for JavaScript callers and casts: the type and side are known, every
 * parameter the type requires is there, no parameter it does not take is (a `stopPrice` on a LIMIT order is an
 * error, not silently dropped), enums are valid, decimals are exact (see {@link formatDecimal}), the symbol is
 * normalised to upper case. Every order gets a client order id: the caller's, or `defaults.newClientOrderId`.
 * Filters are not checked here (see `validateOrder`).
 *
 * @throws TypeError naming the order type and the offending parameter.
 * @example
 * orderParams({ symbol: 'ltcbtc', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.1' },
 *   { newClientOrderId: 'x1' });
 * // [['symbol','LTCBTC'],['side','BUY'],['type','LIMIT'],['timeInForce','GTC'],['quantity','1'],['price','0.1'],
 * //  ['newClientOrderId','x1']]
 */
export function orderParams(order: NewOrder, defaults: OrderParamsDefaults): [string, string][] {
  if (!isRecord(order)) throw new TypeError(`order: expected an object, got ${describe(order)}`);
  checkClientOrderId(defaults.newClientOrderId, 'defaults.newClientOrderId');
  const given = order as Readonly<Record<string, unknown>>;
  const type = given['type'];
  if (!isOrderType(type)) {
    throw new TypeError(`order: type must be one of ${ORDER_TYPES.join(', ')}, got ${describe(type)}`);
  }
  const rule = RULES[type];
  const allowed = ALLOWED[type];
  const what = `${type} order`;

  // A key set to undefined counts as absent, as it would for TypeScript callers with optional properties. Only the
  // keys given are read: looking up absent names one by one is what made this step slow on the path of every order.
  const present: string[] = [];
  for (const key of Object.keys(given)) {
    if (given[key] === undefined) continue;
    if (!allowed.has(key)) {
      throw new TypeError(`${what}: unexpected parameter ${key} (it takes ${[...allowed].join(', ')})`);
    }
    present.push(key);
  }
  const has = (key: string): boolean => present.includes(key);
  for (const key of REQUIRED[type]) {
    if (!has(key)) throw new TypeError(`${what}: ${key} is required`);
  }
  if (rule.oneOf !== undefined) {
    const count = rule.oneOf.names.filter(has).length;
    const names = rule.oneOf.names.join(' and ');
    if (rule.oneOf.exactly && count !== 1) throw new TypeError(`${what}: give exactly one of ${names}`);
    if (count === 0) throw new TypeError(`${what}: give ${rule.oneOf.names.join(' or ')} (or both)`);
  }
  if (has('icebergQty') && has('timeInForce') && given['timeInForce'] !== 'GTC') {
    throw new TypeError(
      `${what}: an iceberg order (icebergQty) needs timeInForce GTC, got ${describe(given['timeInForce'])}`,
    );
  }

  const params = present.map((key): [string, string] => [key, format(what, key, given[key])]);
  if (!has('newClientOrderId')) params.push(['newClientOrderId', defaults.newClientOrderId]);
  if (!has('newOrderRespType') && defaults.newOrderRespType !== undefined) {
    params.push([
      'newOrderRespType',
      checked(what, 'defaults.newOrderRespType', defaults.newOrderRespType, isResponseType, ORDER_RESPONSE_TYPES),
    ]);
  }
  return params.sort(([a], [b]) => (RANK.get(a) as number) - (RANK.get(b) as number));
}

function format(what: string, key: string, value: unknown): string {
  if (DECIMAL_PARAMS.has(key)) return formatDecimal(value as DecimalInput, `${what}: ${key}`);
  switch (key) {
    case 'symbol':
      return normalizeSymbol(value);
    case 'type':
      return value as string;
    case 'side':
      return checked(what, key, value, isSide, ORDER_SIDES);
    case 'timeInForce':
      return checked(what, key, value, isTimeInForce, TIME_IN_FORCE_VALUES);
    case 'newOrderRespType':
      return checked(what, key, value, isResponseType, ORDER_RESPONSE_TYPES);
    case 'selfTradePreventionMode':
      return checked(what, key, value, isStpMode, SELF_TRADE_PREVENTION_MODES);
    case 'newClientOrderId':
      return checkClientOrderId(value, `${what}: newClientOrderId`);
    case 'trailingDelta':
      return integer(what, key, value, 1);
    case 'strategyId':
      return integer(what, key, value, 0);
    default:
      // strategyType, the last key that `allowed` lets through.
      return integer(what, key, value, 1_000_000);
  }
}

function checked(
  what: string,
  key: string,
  value: unknown,
  is: (u: unknown) => u is string,
  values: readonly string[],
): string {
  if (!is(value)) throw new TypeError(`${what}: ${key} must be one of ${values.join(', ')}, got ${describe(value)}`);
  return value;
}

function integer(what: string, key: string, value: unknown, min: number): string {
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    throw new TypeError(`${what}: ${key} must be an integer ≥ ${min}, got ${describe(value)}`);
  }
  return String(value);
}

function checkClientOrderId(value: unknown, name: string): string {
  if (typeof value !== 'string' || !CLIENT_ORDER_ID.test(value)) {
    throw new TypeError(`${name}: expected 1 to 36 of A-Z a-z 0-9 . : / _ -, got ${describe(value)}`);
  }
  return value;
}
