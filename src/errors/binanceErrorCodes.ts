import type { ErrorCategory, ErrorSeverity } from './ExchangeError.js';

// This file is a data table: Binance's error codes (PROTOCOL §3.9), the matching-engine messages that explain a
// rejection, and the filter names of -1013. It is long because the tables are; the logic is in classifyError.ts.

/** What the library knows about one Binance error code. */
export interface BinanceErrorCode {
  /** Binance's constant, e.g. `NEW_ORDER_REJECTED`. */
  readonly name: string;
  readonly category: ErrorCategory;
  /**
   * Whether the same request may be sent again. For `unknown-outcome` codes this is `false` here; the classifier
   * makes it true only for idempotent requests.
   */
  readonly retryable: boolean;
  readonly severity: ErrorSeverity;
  /** One sentence for an end user. */
  readonly userMessage: string;
  /** What can be done about it. */
  readonly suggestions: readonly string[];
}

const DEFAULTS: Readonly<Record<ErrorCategory, { retryable: boolean; severity: ErrorSeverity }>> = {
  validation: { retryable: false, severity: 'error' },
  rejected: { retryable: false, severity: 'warning' },
  auth: { retryable: false, severity: 'critical' },
  clock: { retryable: true, severity: 'warning' },
  'rate-limit': { retryable: true, severity: 'warning' },
  banned: { retryable: false, severity: 'critical' },
  'not-found': { retryable: false, severity: 'warning' },
  'unknown-outcome': { retryable: false, severity: 'error' },
  server: { retryable: true, severity: 'warning' },
  network: { retryable: true, severity: 'warning' },
  timeout: { retryable: true, severity: 'warning' },
  decode: { retryable: false, severity: 'error' },
  stream: { retryable: false, severity: 'error' },
  'circuit-open': { retryable: true, severity: 'warning' },
};

/** Builds a table entry with the category's default retryability and severity. */
export function errorCode(
  name: string,
  category: ErrorCategory,
  userMessage: string,
  suggestions: readonly string[] = [],
): BinanceErrorCode {
  return { name, category, ...DEFAULTS[category], userMessage, suggestions };
}

const RECONCILE = 'Look the order up by its client order id before sending it again.';
const FIX_PARAMS = 'Fix the request parameters; sending it again unchanged fails the same way.';
const FIX_MSG = 'Fix the FIX message or session; this library does not use the FIX API.';
const OCO_PRICES = 'Check the order list leg prices against the last traded price.';

const v = (name: string, userMessage: string, ...s: string[]): BinanceErrorCode =>
  errorCode(name, 'validation', userMessage, s.length > 0 ? s : [FIX_PARAMS]);
const r = (name: string, userMessage: string, ...s: string[]): BinanceErrorCode =>
  errorCode(name, 'rejected', userMessage, s);
const fix = (name: string, userMessage: string): BinanceErrorCode =>
  errorCode(name, 'validation', userMessage, [FIX_MSG]);

/**
 * Every Binance REST / WebSocket API error code of PROTOCOL §3.9, by code.
 *
 * Categories follow PROTOCOL §3.2 and §3.9 "Client classification": -1000/-1006/-1007 unknown outcome; -1003/-1015
 * rate limit; -1001/-1008/-1016 server (not executed, retryable); -1021 clock; -1002/-1022/-2014/-2015 auth;
 * 11xx/12xx parameter errors and -1013 validation; -2011/-2013/-2026 not found; the rest rejected. The message of a
 * response refines some of them (banned IP, filter name, engine reason): see `classifyError`.
 */
export const binanceErrorCodes: ReadonlyMap<number, BinanceErrorCode> = new Map<number, BinanceErrorCode>([
  // 10xx: general server or network issues
  [
    -1000,
    errorCode('UNKNOWN', 'unknown-outcome', 'Binance reported an unknown error; the request may have been executed.', [
      RECONCILE,
    ]),
  ],
  [
    -1001,
    errorCode('DISCONNECTED', 'server', 'Binance had an internal error and did not process the request.', [
      'Retry after a short pause.',
    ]),
  ],
  [
    -1002,
    errorCode('UNAUTHORIZED', 'auth', 'The API key is not authorized to execute this request.', [
      'Check the API key and its permissions.',
    ]),
  ],
  [
    -1003,
    errorCode('TOO_MANY_REQUESTS', 'rate-limit', 'Too many requests: the request weight limit was reached.', [
      'Wait until retryAfter before sending more requests.',
      'Use WebSocket streams instead of polling REST.',
    ]),
  ],
  [
    -1006,
    errorCode(
      'UNEXPECTED_RESP',
      'unknown-outcome',
      'Binance answered unexpectedly; the request may have been executed.',
      [RECONCILE],
    ),
  ],
  [
    -1007,
    errorCode('TIMEOUT', 'unknown-outcome', 'Binance timed out internally; the request may have been executed.', [
      RECONCILE,
    ]),
  ],
  [
    -1008,
    errorCode('SERVER_BUSY', 'server', 'Binance is overloaded and did not process the request.', [
      'Retry in a few moments, with backoff.',
    ]),
  ],
  [-1010, r('ERROR_MSG_RECEIVED', 'The matching engine rejected the request.')],
  [
    -1013,
    v(
      'INVALID_MESSAGE',
      'The request breaks a trading rule of the symbol.',
      'Check the order against the symbol filters of exchangeInfo.',
    ),
  ],
  [-1014, r('UNKNOWN_ORDER_COMPOSITION', 'This combination of order parameters is not supported.', FIX_PARAMS)],
  [
    -1015,
    errorCode('TOO_MANY_ORDERS', 'rate-limit', 'Too many new orders: the order rate limit was reached.', [
      'Wait until retryAfter before placing more orders.',
    ]),
  ],
  [
    -1016,
    errorCode('SERVICE_SHUTTING_DOWN', 'server', 'This Binance service is shutting down.', [
      'Retry later or on another endpoint.',
    ]),
  ],
  [-1020, r('UNSUPPORTED_OPERATION', 'This operation is not supported.')],
  [
    -1021,
    errorCode('INVALID_TIMESTAMP', 'clock', 'The request timestamp was outside the receive window.', [
      'Resynchronise with the server time and retry.',
      'Check the local clock.',
    ]),
  ],
  [
    -1022,
    errorCode('INVALID_SIGNATURE', 'auth', 'The request signature is not valid.', [
      'Check that the API secret or private key belongs to the API key.',
    ]),
  ],
  [-1033, r('COMP_ID_IN_USE', 'The FIX SenderCompID is already in use.', FIX_MSG)],
  [
    -1034,
    errorCode('TOO_MANY_CONNECTIONS', 'rate-limit', 'Too many connections or connection attempts.', [
      'Wait before reconnecting.',
    ]),
  ],
  [-1035, r('LOGGED_OUT', 'The FIX session is logged out.', FIX_MSG)],
  // 11xx: request issues
  [-1100, v('ILLEGAL_CHARS', 'A parameter contains illegal characters.')],
  [-1101, v('TOO_MANY_PARAMETERS', 'Too many or duplicated parameters were sent.')],
  [-1102, v('MANDATORY_PARAM_EMPTY_OR_MALFORMED', 'A mandatory parameter is missing, empty or malformed.')],
  [-1103, v('UNKNOWN_PARAM', 'An unknown parameter was sent.')],
  [-1104, v('UNREAD_PARAMETERS', 'Not all parameters sent were used by this request.')],
  [-1105, v('PARAM_EMPTY', 'A parameter was empty.')],
  [-1106, v('PARAM_NOT_REQUIRED', 'A parameter was sent that this request does not take.')],
  [-1108, v('PARAM_OVERFLOW', 'A parameter value is too large.')],
  [
    -1111,
    v('BAD_PRECISION', 'A price or quantity has too many decimals.', 'Round to the tickSize / stepSize of the symbol.'),
  ],
  [-1112, v('NO_DEPTH', 'There are no orders on the book for this symbol.')],
  [-1114, v('TIF_NOT_REQUIRED', 'The timeInForce parameter was sent for an order type that does not take it.')],
  [-1115, v('INVALID_TIF', 'Invalid timeInForce.')],
  [-1116, v('INVALID_ORDER_TYPE', 'Invalid order type.')],
  [-1117, v('INVALID_SIDE', 'Invalid order side.')],
  [-1118, v('EMPTY_NEW_CL_ORD_ID', 'The new client order id is empty.')],
  [-1119, v('EMPTY_ORG_CL_ORD_ID', 'The original client order id is empty.')],
  [-1120, v('BAD_INTERVAL', 'Invalid interval.')],
  [-1121, v('BAD_SYMBOL', 'Invalid symbol.', 'Check the symbol against exchangeInfo.')],
  [-1122, v('INVALID_SYMBOLSTATUS', 'Invalid symbol status.')],
  [-1125, v('INVALID_LISTEN_KEY', 'The listen key does not exist.', 'Open a new user data stream.')],
  [-1127, v('MORE_THAN_XX_HOURS', 'The lookup interval is too long.', 'Query a shorter time range.')],
  [-1128, v('OPTIONAL_PARAMS_BAD_COMBO', 'This combination of optional parameters is invalid.')],
  [-1130, v('INVALID_PARAMETER', 'A parameter value is invalid.')],
  [-1134, v('BAD_STRATEGY_TYPE', 'The strategyType must be at least 1000000.')],
  [-1135, v('INVALID_JSON', 'A JSON parameter is not valid.')],
  [-1139, v('INVALID_TICKER_TYPE', 'Invalid ticker type.')],
  [-1145, v('INVALID_CANCEL_RESTRICTIONS', 'The cancelRestrictions value must be ONLY_NEW or ONLY_PARTIALLY_FILLED.')],
  [-1151, v('DUPLICATE_SYMBOLS', 'A symbol appears more than once in the list.')],
  [-1152, v('INVALID_SBE_HEADER', 'Invalid X-MBX-SBE header.')],
  [-1153, v('UNSUPPORTED_SCHEMA_ID', 'Unsupported SBE schema id or version.')],
  [-1155, v('SBE_DISABLED', 'SBE is not enabled.')],
  [-1158, v('OCO_ORDER_TYPE_REJECTED', 'This order type is not supported in an OCO.')],
  [-1160, v('OCO_ICEBERGQTY_TIMEINFORCE', 'An iceberg leg of an OCO needs timeInForce GTC.')],
  [-1161, v('DEPRECATED_SCHEMA', 'The requested SBE schema is deprecated.')],
  [-1165, v('BUY_OCO_LIMIT_MUST_BE_BELOW', 'The limit order of a buy OCO must be below the market.', OCO_PRICES)],
  [-1166, v('SELL_OCO_LIMIT_MUST_BE_ABOVE', 'The limit order of a sell OCO must be above the market.', OCO_PRICES)],
  [-1168, v('BOTH_OCO_ORDERS_CANNOT_BE_LIMIT', 'At least one order of an OCO must be contingent.')],
  [-1169, fix('INVALID_TAG_NUMBER', 'Invalid FIX tag number.')],
  [-1170, fix('TAG_NOT_DEFINED_IN_MESSAGE', 'A FIX tag is not defined for this message type.')],
  [-1171, fix('TAG_APPEARS_MORE_THAN_ONCE', 'A FIX tag appears more than once.')],
  [-1172, fix('TAG_OUT_OF_ORDER', 'A FIX tag is out of the required order.')],
  [-1173, fix('GROUP_FIELDS_OUT_OF_ORDER', 'The fields of a FIX repeating group are out of order.')],
  [-1174, fix('INVALID_COMPONENT', 'A FIX component is incorrectly populated.')],
  [-1175, fix('RESET_SEQ_NUM_SUPPORT', 'FIX sequence numbers must be reset for each new session.')],
  [-1176, fix('ALREADY_LOGGED_IN', 'The FIX Logon was sent more than once.')],
  [-1177, fix('GARBLED_MESSAGE', 'The FIX message is garbled.')],
  [-1178, fix('BAD_SENDER_COMPID', 'The FIX SenderCompID is incorrect.')],
  [-1179, fix('BAD_SEQ_NUM', 'The FIX MsgSeqNum is unexpected.')],
  [-1180, fix('EXPECTED_LOGON', 'Logon must be the first FIX message of the session.')],
  [-1181, fix('TOO_MANY_MESSAGES', 'Too many FIX messages.')],
  [-1182, fix('PARAMS_BAD_COMBO', 'Conflicting FIX fields.')],
  [-1183, fix('NOT_ALLOWED_IN_DROP_COPY_SESSIONS', 'Not allowed in FIX drop copy sessions.')],
  [-1184, fix('DROP_COPY_SESSION_NOT_ALLOWED', 'FIX drop copy sessions are not supported on this server.')],
  [-1185, fix('DROP_COPY_SESSION_REQUIRED', 'Only FIX drop copy sessions are supported on this server.')],
  [-1186, fix('NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS', 'Not allowed in FIX order entry sessions.')],
  [-1187, fix('NOT_ALLOWED_IN_MARKET_DATA_SESSIONS', 'Not allowed in FIX market data sessions.')],
  [-1188, fix('INCORRECT_NUM_IN_GROUP_COUNT', 'Incorrect NumInGroup count of a FIX repeating group.')],
  [-1189, fix('DUPLICATE_ENTRIES_IN_A_GROUP', 'A FIX group contains duplicate entries.')],
  [-1190, fix('INVALID_REQUEST_ID', 'Invalid FIX MDReqID.')],
  [-1191, fix('TOO_MANY_SUBSCRIPTIONS', 'Too many FIX market data subscriptions.')],
  [-1194, v('INVALID_TIME_UNIT', 'Invalid time unit; expected MICROSECOND or MILLISECOND.')],
  [
    -1196,
    v('BUY_OCO_STOP_LOSS_MUST_BE_ABOVE', 'The stop loss order of a buy OCO must be above the market.', OCO_PRICES),
  ],
  [
    -1197,
    v('SELL_OCO_STOP_LOSS_MUST_BE_BELOW', 'The stop loss order of a sell OCO must be below the market.', OCO_PRICES),
  ],
  [
    -1198,
    v('BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW', 'The take profit order of a buy OCO must be below the market.', OCO_PRICES),
  ],
  [
    -1199,
    v(
      'SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE',
      'The take profit order of a sell OCO must be above the market.',
      OCO_PRICES,
    ),
  ],
  [-1210, v('INVALID_PEG_PRICE_TYPE', 'Invalid pegPriceType.')],
  [-1211, v('INVALID_PEG_OFFSET_TYPE', 'Invalid pegOffsetType.')],
  [-1220, v('SYMBOL_DOES_NOT_MATCH_STATUS', 'The symbol does not have the requested status.')],
  [-1221, v('INVALID_SBE_MESSAGE_FIELD', 'Invalid SBE message field.')],
  [-1222, v('OPO_WORKING_MUST_BE_BUY', 'The working order of an OPO must be a buy order.')],
  [-1223, v('OPO_PENDING_MUST_BE_SELL', 'The pending orders of an OPO must be sell orders.')],
  [-1224, v('WORKING_PARAM_REQUIRED', 'A working-order parameter is required.')],
  [-1225, v('PENDING_PARAM_NOT_REQUIRED', 'A pending-order parameter was sent that is not required.')],
  // 20xx: processing issues
  [-2010, r('NEW_ORDER_REJECTED', 'The order was rejected.')],
  [
    -2011,
    errorCode('CANCEL_REJECTED', 'not-found', 'The order to cancel was not found.', [
      'Query the order: it may already be filled or canceled.',
    ]),
  ],
  [-2013, errorCode('NO_SUCH_ORDER', 'not-found', 'The order does not exist.', ['Check the order id and symbol.'])],
  [
    -2014,
    errorCode('BAD_API_KEY_FMT', 'auth', 'The API key format is invalid.', [
      'Check that the whole API key was copied.',
    ]),
  ],
  [
    -2015,
    errorCode(
      'REJECTED_MBX_KEY',
      'auth',
      'The API key is invalid, this IP is not allowed, or the key lacks permission.',
      ['Check the key, its IP whitelist and its permissions in the API management page.'],
    ),
  ],
  [-2016, r('NO_TRADING_WINDOW', 'No trading window could be found for the symbol.')],
  [
    -2021,
    errorCode('CANCEL_REPLACE_PARTIALLY_FAILED', 'rejected', 'Only one half of the cancel-replace succeeded.', [
      'Check the open orders before acting again.',
    ]),
  ],
  [-2022, r('CANCEL_REPLACE_FAILED', 'Both the cancel and the new order of the cancel-replace failed.')],
  [
    -2026,
    errorCode(
      'ORDER_ARCHIVED',
      'not-found',
      'The order was archived (canceled or expired without fills over 90 days ago).',
    ),
  ],
  [-2035, r('SUBSCRIPTION_ACTIVE', 'A user data stream subscription is already active.')],
  [-2036, r('SUBSCRIPTION_INACTIVE', 'No user data stream subscription is active.')],
  [-2038, r('ORDER_AMEND_REJECTED', 'The order amendment was rejected.')],
  [-2039, r('CLIENT_ORDER_ID_INVALID', 'The client order id does not match the order id.')],
  [
    -2042,
    r('MAXIMUM_SUBSCRIPTION_IDS', 'The maximum number of subscription ids was reached.', 'Open a new connection.'),
  ],
  [-2043, r('NO_REFERENCE_PRICE', 'The symbol has no reference price yet.', 'Retry later.')],
]);

/**
 * The error codes of market stream control messages (PROTOCOL §1.3): small non-negative numbers, unlike REST, and
 * `0` is an error too. All are category `stream`.
 */
export const streamControlErrorCodes: ReadonlyMap<number, BinanceErrorCode> = new Map<number, BinanceErrorCode>([
  [0, errorCode('UNKNOWN_PROPERTY', 'stream', 'The stream control message named an unknown property.')],
  [1, errorCode('INVALID_VALUE_TYPE', 'stream', 'The stream control message had a value of the wrong type.')],
  [2, errorCode('INVALID_REQUEST', 'stream', 'The stream control message was not a valid request.')],
  [3, errorCode('INVALID_JSON', 'stream', 'The stream control message was not valid JSON.')],
]);

/** A refinement of a rejection, recognised from Binance's message. */
export interface RejectionReason {
  /** Machine-readable, e.g. `INSUFFICIENT_BALANCE`. */
  readonly reason: string;
  /** Completes "The order was rejected: …". */
  readonly text: string;
  readonly suggestions: readonly string[];
}

const reason = (pattern: RegExp, name: string, text: string, ...s: string[]): [RegExp, RejectionReason] => [
  pattern,
  { reason: name, text, suggestions: s },
];

/**
 * The matching-engine messages that come with -1010, -2010, -2011 and -2038 (PROTOCOL §3.9), in match order. The
 * message text is the only way to tell an unknown order from a lack of funds.
 */
export const matchingEngineReasons: readonly (readonly [RegExp, RejectionReason])[] = [
  reason(/unknown order sent/i, 'UNKNOWN_ORDER', 'the order was not found', 'It may already be filled or canceled.'),
  reason(
    /duplicate order sent/i,
    'DUPLICATE_ORDER',
    'the client order id is already in use',
    'Use a new client order id.',
  ),
  reason(/market is closed/i, 'MARKET_CLOSED', 'the market is closed', 'Check the symbol status.'),
  reason(
    /insufficient balance/i,
    'INSUFFICIENT_BALANCE',
    'the account has insufficient balance',
    'Check the free balance of the asset.',
  ),
  reason(
    /would immediately match and take/i,
    'WOULD_MATCH_IMMEDIATELY',
    'a LIMIT_MAKER order would immediately match and take',
    'Move the price away from the opposite side of the book.',
  ),
  reason(
    /would trigger immediately/i,
    'WOULD_TRIGGER_IMMEDIATELY',
    'the stop price would trigger immediately',
    'Check the stop price against the last price.',
  ),
  reason(/price \* qty is zero or less/i, 'NOTIONAL_NOT_POSITIVE', 'price × quantity is zero or less'),
  reason(/icebergqty exceeds qty/i, 'ICEBERG_QTY_EXCEEDS_QTY', 'the iceberg quantity exceeds the order quantity'),
  reason(
    /market orders are not supported/i,
    'MARKET_ORDERS_NOT_SUPPORTED',
    'MARKET orders are not supported for this symbol',
  ),
  reason(
    /iceberg orders are not supported/i,
    'ICEBERG_NOT_SUPPORTED',
    'iceberg orders are not supported for this symbol',
  ),
  reason(
    /stop loss (?:limit )?orders are not supported/i,
    'STOP_LOSS_NOT_SUPPORTED',
    'stop loss orders are not supported for this symbol',
  ),
  reason(
    /take profit (?:limit )?orders are not supported/i,
    'TAKE_PROFIT_NOT_SUPPORTED',
    'take profit orders are not supported for this symbol',
  ),
  reason(/oco orders are not supported/i, 'OCO_NOT_SUPPORTED', 'OCO orders are not supported for this symbol'),
  reason(
    /quote order qty market orders are not support/i,
    'QUOTE_ORDER_QTY_NOT_SUPPORTED',
    'quoteOrderQty MARKET orders are not supported for this symbol',
  ),
  reason(
    /trailing stop orders are not supported/i,
    'TRAILING_STOP_NOT_SUPPORTED',
    'trailing stop orders are not supported for this symbol',
  ),
  reason(
    /cancel-replace is not supported/i,
    'CANCEL_REPLACE_NOT_SUPPORTED',
    'cancel-replace is not supported for this symbol',
  ),
  reason(
    /amend \(quantity increase\) is not supported/i,
    'AMEND_INCREASE_NOT_SUPPORTED',
    'an amendment may only reduce the quantity',
  ),
  reason(/amend is not supported/i, 'AMEND_NOT_SUPPORTED', 'order amendment is not supported for this symbol'),
  reason(
    /action is disabled on this account/i,
    'ACTION_DISABLED',
    'this action is disabled on the account',
    'Contact Binance support.',
  ),
  reason(
    /may not place or cancel orders/i,
    'TRADING_DISABLED',
    'the account may not place or cancel orders',
    'Contact Binance support.',
  ),
  reason(
    /unsupported order combination/i,
    'UNSUPPORTED_ORDER_COMBINATION',
    'this combination of order parameters is not allowed',
  ),
  reason(
    /cancel order is invalid/i,
    'INVALID_CANCEL',
    'the cancel request names no order',
    'Send orderId or origClientOrderId.',
  ),
  reason(
    /relationship of the prices/i,
    'BAD_PRICE_RELATIONSHIP',
    'the prices of the order list legs are inconsistent',
    OCO_PRICES,
  ),
  reason(/not permitted for this account/i, 'SYMBOL_NOT_PERMITTED', 'the symbol is not permitted for this account'),
  reason(/restricted for this account/i, 'SYMBOL_RESTRICTED', 'the symbol is restricted for this account'),
  reason(
    /due to cancel restrictions/i,
    'CANCEL_RESTRICTED',
    'the order was not canceled because of cancelRestrictions',
  ),
  reason(
    /api trading is not enabled/i,
    'API_TRADING_DISABLED',
    'trading is not enabled for this API',
    'Enable trading for the API key.',
  ),
  reason(
    /order book liquidity is less than/i,
    'INSUFFICIENT_LIQUIDITY',
    'the order book has too little liquidity for this order',
  ),
  reason(/would change no state/i, 'NO_STATE_CHANGE', 'the request would change nothing'),
];

/**
 * What each exchange filter of a -1013 `Filter failure: <FILTER>` rejects (PROTOCOL §3.11), to complete "The order
 * breaks the <FILTER> filter: …".
 */
export const filterFailureHints: Readonly<Record<string, string>> = {
  PRICE_FILTER: 'the price is too low, too high or not a multiple of tickSize',
  PERCENT_PRICE: 'the price is too far from the average price',
  PERCENT_PRICE_BY_SIDE: 'the price is too far from the average price for this side',
  LOT_SIZE: 'the quantity is too small, too large or not a multiple of stepSize',
  MARKET_LOT_SIZE: 'the MARKET order quantity is too small, too large or not a multiple of stepSize',
  MIN_NOTIONAL: 'price × quantity is below the minimum notional',
  NOTIONAL: 'price × quantity is outside the allowed notional range',
  ICEBERG_PARTS: 'the iceberg would split into too many parts',
  MAX_POSITION: 'the position would exceed the maximum allowed',
  MAX_NUM_ORDERS: 'the account has too many open orders on the symbol',
  MAX_NUM_ALGO_ORDERS: 'the account has too many open stop and take-profit orders on the symbol',
  MAX_NUM_ICEBERG_ORDERS: 'the account has too many open iceberg orders on the symbol',
  MAX_NUM_ORDER_AMENDS: 'the order was amended too many times',
  MAX_NUM_ORDER_LISTS: 'the account has too many open order lists on the symbol',
  TRAILING_DELTA: 'the trailing delta is out of range',
  EXCHANGE_MAX_NUM_ORDERS: 'the account has too many open orders',
  EXCHANGE_MAX_NUM_ALGO_ORDERS: 'the account has too many open stop and take-profit orders',
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: 'the account has too many open iceberg orders',
  EXCHANGE_MAX_NUM_ORDER_LISTS: 'the account has too many open order lists',
  MAX_ASSET: 'the amount of the asset exceeds the account limit',
};
