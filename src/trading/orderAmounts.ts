import { BigNumber } from 'bignumber.js';
import { formatDecimal } from './formatDecimal.js';
import type { DecimalInput, NewOrder } from './NewOrder.js';

/** The amounts of an order, parsed exactly; absent when the order does not give them. */
export interface OrderAmounts {
  readonly quantity?: BigNumber;
  readonly quoteOrderQty?: BigNumber;
  readonly price?: BigNumber;
  readonly stopPrice?: BigNumber;
  readonly icebergQty?: BigNumber;
  /** Basis points. */
  readonly trailingDelta?: number;
}

/**
 * Reads the amounts of an order as exact `BigNumber`s.
 *
 * @throws TypeError for a malformed amount (see `formatDecimal`).
 */
export function orderAmounts(order: NewOrder): OrderAmounts {
  const given: Readonly<Record<string, unknown>> = { ...order };
  const amounts: Record<string, BigNumber | number> = {};
  for (const key of ['quantity', 'quoteOrderQty', 'price', 'stopPrice', 'icebergQty']) {
    const value = given[key];
    if (value !== undefined) amounts[key] = new BigNumber(formatDecimal(value as DecimalInput, key));
  }
  if (typeof given['trailingDelta'] === 'number') amounts['trailingDelta'] = given['trailingDelta'];
  return amounts;
}
