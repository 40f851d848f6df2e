import { type ExecutionType, hasLimitPrice, isOpenStatus, type RejectReason } from './orderEnums.js';
import type { OrderRecord } from './OrderRecord.js';
import type { SymbolUnits } from './SymbolUnits.js';

/** `executionReport` (PROTOCOL §5.3): every unconditional field, and the conditional ones when they apply. */
export interface ExecutionReportEvent {
  readonly e: 'executionReport';
  readonly E: number;
  readonly s: string;
  readonly c: string;
  readonly S: string;
  readonly o: string;
  readonly f: string;
  readonly q: string;
  readonly p: string;
  readonly P: string;
  readonly F: string;
  readonly g: number;
  readonly C: string;
  readonly x: ExecutionType;
  readonly X: string;
  readonly r: RejectReason;
  readonly i: number;
  readonly l: string;
  readonly z: string;
  readonly L: string;
  readonly n: string;
  readonly N: string | null;
  readonly T: number;
  readonly t: number;
  readonly I: number;
  readonly w: boolean;
  readonly m: boolean;
  readonly M: boolean;
  readonly O: number;
  readonly Z: string;
  readonly Y: string;
  readonly Q: string;
  readonly W?: number;
  readonly V: string;
  readonly eR: string;
  readonly j?: number;
  readonly J?: number;
  readonly v?: number;
  readonly A?: string;
  readonly B?: string;
  readonly u?: number;
  readonly U?: number;
  readonly Cs?: string;
  readonly pl?: string;
  readonly pL?: string;
  readonly pY?: string;
}

/** `outboundAccountPosition`: the balances that changed. */
export interface AccountPositionEvent {
  readonly e: 'outboundAccountPosition';
  readonly E: number;
  readonly u: number;
  readonly B: readonly { readonly a: string; readonly f: string; readonly l: string }[];
}

/** `balanceUpdate`: a deposit (or withdrawal) of one asset. */
export interface BalanceUpdateEvent {
  readonly e: 'balanceUpdate';
  readonly E: number;
  readonly a: string;
  readonly d: string;
  readonly T: number;
}

/** Any event of an account's user data stream. */
export type UserDataEvent = ExecutionReportEvent | AccountPositionEvent | BalanceUpdateEvent;

/** What the exchange's emitter carries: `user` with the account id and the event, in the order they happened. */
export interface ExchangeEvents {
  user: [accountId: string, event: UserDataEvent];
}

/** One self-trade prevention event, as a `TRADE_PREVENTION` report describes it. */
export interface PreventedMatch {
  readonly id: number;
  readonly price: bigint;
  /** Quantity this order lost to this prevented match (`B`). */
  readonly quantity: bigint;
  readonly counterOrderId: number;
}

/** What changed, besides the order's state, for one report. */
export interface ExecutionDetails {
  readonly type: ExecutionType;
  /** Transaction time (`T`, also the event time). */
  readonly time: number;
  readonly executionId: number;
  readonly trade?: {
    readonly id: number;
    readonly price: bigint;
    readonly quantity: bigint;
    readonly quote: bigint;
    readonly commission: bigint;
    readonly commissionAsset: string;
    readonly isMaker: boolean;
  };
  /** For a cancel: the cancel request's client order id (`c`; the order's own id goes to `C`). */
  readonly cancelClientOrderId?: string;
  readonly rejectReason?: RejectReason;
  readonly prevented?: PreventedMatch;
}

/** Builds an `executionReport` from the order's current state and what just happened to it. */
export function executionReport(
  order: OrderRecord,
  units: SymbolUnits,
  details: ExecutionDetails,
): ExecutionReportEvent {
  const { rules } = units;
  const trade = details.trade;
  const cancel = details.cancelClientOrderId;
  const prevented = details.prevented;
  const zeroQty = rules.quantity(0n);
  const zeroPrice = rules.price(0n);
  const zeroQuote = units.formatQuote(0n);
  return {
    e: 'executionReport',
    E: details.time,
    s: order.symbol,
    c: cancel ?? order.clientOrderId,
    S: order.side,
    o: order.type,
    f: order.timeInForce,
    q: rules.quantity(order.origQty),
    p: rules.price(order.price),
    P: rules.price(order.stopPrice),
    F: rules.quantity(order.icebergQty),
    g: -1,
    C: cancel === undefined ? '' : order.clientOrderId,
    x: details.type,
    X: order.status,
    r: details.rejectReason ?? 'NONE',
    i: order.orderId,
    l: trade === undefined ? zeroQty : rules.quantity(trade.quantity),
    z: rules.quantity(order.executedQty),
    L: trade === undefined ? zeroPrice : rules.price(trade.price),
    n: trade === undefined ? '0' : units.formatAsset(trade.commissionAsset, trade.commission),
    N: trade === undefined ? null : trade.commissionAsset,
    T: details.time,
    t: trade === undefined ? -1 : trade.id,
    I: details.executionId,
    w: isOpenStatus(order.status) && order.workingTime >= 0 && hasLimitPrice(order.type),
    m: trade?.isMaker ?? false,
    M: false,
    O: order.time,
    Z: units.formatQuote(order.cumQuote),
    Y: trade === undefined ? zeroQuote : units.formatQuote(trade.quote),
    Q: units.formatQuote(order.origQuoteOrderQty),
    ...(order.workingTime >= 0 ? { W: order.workingTime } : {}),
    V: order.stpMode,
    eR: order.expiryReason,
    ...(order.strategyId === undefined ? {} : { j: order.strategyId }),
    ...(order.strategyType === undefined ? {} : { J: order.strategyType }),
    ...(prevented === undefined
      ? {}
      : {
          v: prevented.id,
          A: rules.quantity(order.preventedQty),
          B: rules.quantity(prevented.quantity),
          u: -1,
          U: prevented.counterOrderId,
          Cs: order.symbol,
          pl: rules.quantity(prevented.quantity),
          pL: rules.price(prevented.price),
          pY: units.formatQuote(units.quote(prevented.price, prevented.quantity)),
        }),
  };
}
