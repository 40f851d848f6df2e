import { expect } from 'chai';
import {
  binanceErrorCodes,
  filterFailureHints,
  matchingEngineReasons,
  streamControlErrorCodes,
} from '../../src/errors/binanceErrorCodes.js';
import type { ErrorCategory } from '../../src/errors/ExchangeError.js';

// Every code of PROTOCOL §3.9 with the name it gives and the category the classification rules give it. Written out
// independently of the map, so that a code dropped from or misfiled in the map fails here.
const R = 'rejected';
const V = 'validation';
const EXPECTED: readonly (readonly [number, string, ErrorCategory])[] = [
  [-1000, 'UNKNOWN', 'unknown-outcome'],
  [-1001, 'DISCONNECTED', 'server'],
  [-1002, 'UNAUTHORIZED', 'auth'],
  [-1003, 'TOO_MANY_REQUESTS', 'rate-limit'],
  [-1006, 'UNEXPECTED_RESP', 'unknown-outcome'],
  [-1007, 'TIMEOUT', 'unknown-outcome'],
  [-1008, 'SERVER_BUSY', 'server'],
  [-1010, 'ERROR_MSG_RECEIVED', R],
  [-1013, 'INVALID_MESSAGE', V],
  [-1014, 'UNKNOWN_ORDER_COMPOSITION', R],
  [-1015, 'TOO_MANY_ORDERS', 'rate-limit'],
  [-1016, 'SERVICE_SHUTTING_DOWN', 'server'],
  [-1020, 'UNSUPPORTED_OPERATION', R],
  [-1021, 'INVALID_TIMESTAMP', 'clock'],
  [-1022, 'INVALID_SIGNATURE', 'auth'],
  [-1033, 'COMP_ID_IN_USE', R],
  [-1034, 'TOO_MANY_CONNECTIONS', 'rate-limit'],
  [-1035, 'LOGGED_OUT', R],
  [-1100, 'ILLEGAL_CHARS', V],
  [-1101, 'TOO_MANY_PARAMETERS', V],
  [-1102, 'MANDATORY_PARAM_EMPTY_OR_MALFORMED', V],
  [-1103, 'UNKNOWN_PARAM', V],
  [-1104, 'UNREAD_PARAMETERS', V],
  [-1105, 'PARAM_EMPTY', V],
  [-1106, 'PARAM_NOT_REQUIRED', V],
  [-1108, 'PARAM_OVERFLOW', V],
  [-1111, 'BAD_PRECISION', V],
  [-1112, 'NO_DEPTH', V],
  [-1114, 'TIF_NOT_REQUIRED', V],
  [-1115, 'INVALID_TIF', V],
  [-1116, 'INVALID_ORDER_TYPE', V],
  [-1117, 'INVALID_SIDE', V],
  [-1118, 'EMPTY_NEW_CL_ORD_ID', V],
  [-1119, 'EMPTY_ORG_CL_ORD_ID', V],
  [-1120, 'BAD_INTERVAL', V],
  [-1121, 'BAD_SYMBOL', V],
  [-1122, 'INVALID_SYMBOLSTATUS', V],
  [-1125, 'INVALID_LISTEN_KEY', V],
  [-1127, 'MORE_THAN_XX_HOURS', V],
  [-1128, 'OPTIONAL_PARAMS_BAD_COMBO', V],
  [-1130, 'INVALID_PARAMETER', V],
  [-1134, 'BAD_STRATEGY_TYPE', V],
  [-1135, 'INVALID_JSON', V],
  [-1139, 'INVALID_TICKER_TYPE', V],
  [-1145, 'INVALID_CANCEL_RESTRICTIONS', V],
  [-1151, 'DUPLICATE_SYMBOLS', V],
  [-1152, 'INVALID_SBE_HEADER', V],
  [-1153, 'UNSUPPORTED_SCHEMA_ID', V],
  [-1155, 'SBE_DISABLED', V],
  [-1158, 'OCO_ORDER_TYPE_REJECTED', V],
  [-1160, 'OCO_ICEBERGQTY_TIMEINFORCE', V],
  [-1161, 'DEPRECATED_SCHEMA', V],
  [-1165, 'BUY_OCO_LIMIT_MUST_BE_BELOW', V],
  [-1166, 'SELL_OCO_LIMIT_MUST_BE_ABOVE', V],
  [-1168, 'BOTH_OCO_ORDERS_CANNOT_BE_LIMIT', V],
  // -1169 … -1191: FIX session errors (PROTOCOL gives the range; the names are Binance's).
  ...Array.from({ length: 23 }, (_, i) => [-1169 - i, '', V] as const),
  [-1194, 'INVALID_TIME_UNIT', V],
  [-1196, 'BUY_OCO_STOP_LOSS_MUST_BE_ABOVE', V],
  [-1197, 'SELL_OCO_STOP_LOSS_MUST_BE_BELOW', V],
  [-1198, 'BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW', V],
  [-1199, 'SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE', V],
  [-1210, 'INVALID_PEG_PRICE_TYPE', V],
  [-1211, 'INVALID_PEG_OFFSET_TYPE', V],
  [-1220, 'SYMBOL_DOES_NOT_MATCH_STATUS', V],
  [-1221, 'INVALID_SBE_MESSAGE_FIELD', V],
  [-1222, 'OPO_WORKING_MUST_BE_BUY', V],
  [-1223, 'OPO_PENDING_MUST_BE_SELL', V],
  [-1224, 'WORKING_PARAM_REQUIRED', V],
  [-1225, 'PENDING_PARAM_NOT_REQUIRED', V],
  [-2010, 'NEW_ORDER_REJECTED', R],
  [-2011, 'CANCEL_REJECTED', 'not-found'],
  [-2013, 'NO_SUCH_ORDER', 'not-found'],
  [-2014, 'BAD_API_KEY_FMT', 'auth'],
  [-2015, 'REJECTED_MBX_KEY', 'auth'],
  [-2016, 'NO_TRADING_WINDOW', R],
  [-2021, '', R],
  [-2022, '', R],
  [-2026, 'ORDER_ARCHIVED', 'not-found'],
  [-2035, 'SUBSCRIPTION_ACTIVE', R],
  [-2036, 'SUBSCRIPTION_INACTIVE', R],
  [-2038, 'ORDER_AMEND_REJECTED', R],
  [-2039, 'CLIENT_ORDER_ID_INVALID', R],
  [-2042, 'MAXIMUM_SUBSCRIPTION_IDS', R],
  [-2043, 'NO_REFERENCE_PRICE', R],
];

const RETRYABLE = new Set([-1001, -1003, -1008, -1015, -1016, -1021, -1034]);
const CRITICAL = new Set([-1002, -1022, -2014, -2015]);

describe('binanceErrorCodes', () => {
  it('holds exactly the codes of PROTOCOL §3.9', () => {
    expect([...binanceErrorCodes.keys()].sort((a, b) => a - b)).to.deep.equal(
      EXPECTED.map(([code]) => code).sort((a, b) => a - b),
    );
  });

  for (const [code, name, category] of EXPECTED) {
    it(`${code}${name === '' ? '' : ` ${name}`} → ${category}`, () => {
      const entry = binanceErrorCodes.get(code);
      expect(entry, String(code)).not.to.equal(undefined);
      if (entry === undefined) return;
      if (name !== '') expect(entry.name).to.equal(name);
      expect(entry.name).to.match(/^[A-Z][A-Z0-9_]*$/);
      expect(entry.category).to.equal(category);
      expect(entry.retryable).to.equal(RETRYABLE.has(code));
      expect(entry.severity === 'critical').to.equal(CRITICAL.has(code));
      expect(entry.userMessage).to.match(/^[A-Z].*\.$/);
      expect(entry.suggestions).to.be.an('array');
    });
  }

  it('has the stream control codes 0–3, all of category stream', () => {
    expect([...streamControlErrorCodes.keys()]).to.deep.equal([0, 1, 2, 3]);
    for (const entry of streamControlErrorCodes.values()) {
      expect(entry.category).to.equal('stream');
      expect(entry.retryable).to.equal(false);
    }
  });

  it('recognises every documented matching-engine message', () => {
    const messages = [
      'Unknown order sent.',
      'Duplicate order sent.',
      'Market is closed.',
      'Account has insufficient balance for requested action.',
      'Market orders are not supported for this symbol.',
      'Iceberg orders are not supported for this symbol.',
      'Stop loss orders are not supported for this symbol.',
      'Stop loss limit orders are not supported for this symbol.',
      'Take profit orders are not supported for this symbol.',
      'Take profit limit orders are not supported for this symbol.',
      'Order amend is not supported for this symbol.',
      'Price * QTY is zero or less.',
      'IcebergQty exceeds QTY.',
      'This action is disabled on this account.',
      'This account may not place or cancel orders.',
      'Unsupported order combination',
      'Order would trigger immediately.',
      'Cancel order is invalid. Check origClOrdId and orderId.',
      'Order would immediately match and take.',
      'The relationship of the prices for the orders is not correct.',
      'OCO orders are not supported for this symbol',
      'Quote order qty market orders are not support for this symbol.',
      'Trailing stop orders are not supported for this symbol.',
      'Order cancel-replace is not supported for this symbol.',
      'This symbol is not permitted for this account.',
      'This symbol is restricted for this account.',
      'Order was not canceled due to cancel restrictions.',
      'Rest API trading is not enabled.',
      'WebSocket API trading is not enabled.',
      'FIX API trading is not enabled.',
      'Order book liquidity is less than `LOT_SIZE` filter minimum quantity.',
      'Order book liquidity is less than `MARKET_LOT_SIZE` filter minimum quantity.',
      'Order book liquidity is less than symbol minimum quantity.',
      'Order amend (quantity increase) is not supported.',
      'The requested action would change no state; rejecting',
    ];
    const reasons = messages.map((msg) => matchingEngineReasons.find(([pattern]) => pattern.test(msg))?.[1].reason);
    expect(reasons).not.to.include(undefined);
    expect(reasons[0]).to.equal('UNKNOWN_ORDER');
    expect(reasons[3]).to.equal('INSUFFICIENT_BALANCE');
    expect(reasons[18]).to.equal('WOULD_MATCH_IMMEDIATELY');
    expect(reasons[33]).to.equal('AMEND_INCREASE_NOT_SUPPORTED');
  });

  it('describes every filter that a -1013 can name', () => {
    const filters = [
      'PRICE_FILTER',
      'PERCENT_PRICE',
      'PERCENT_PRICE_BY_SIDE',
      'LOT_SIZE',
      'MIN_NOTIONAL',
      'NOTIONAL',
      'ICEBERG_PARTS',
      'MARKET_LOT_SIZE',
      'MAX_POSITION',
      'MAX_NUM_ORDERS',
      'MAX_NUM_ALGO_ORDERS',
      'MAX_NUM_ICEBERG_ORDERS',
      'MAX_NUM_ORDER_AMENDS',
      'MAX_NUM_ORDER_LISTS',
      'TRAILING_DELTA',
      'EXCHANGE_MAX_NUM_ORDERS',
      'EXCHANGE_MAX_NUM_ALGO_ORDERS',
      'EXCHANGE_MAX_NUM_ICEBERG_ORDERS',
      'EXCHANGE_MAX_NUM_ORDER_LISTS',
    ];
    for (const filter of filters) expect(filterFailureHints[filter], filter).to.be.a('string');
  });
});
