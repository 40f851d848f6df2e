import type * as t from 'io-ts';
import { openEnum } from './enumCodecs.js';
import { Epoch, Id, Literal, Text } from './primitives.js';
import { wireArray } from './wireArray.js';
import { wireType } from './wireType.js';

/** Every contingency type of an order list (`c` of a `listStatus` event). */
export const CONTINGENCY_TYPES = ['OCO', 'OTO', 'OPO'] as const;
/** A contingency type; see {@link CONTINGENCY_TYPES}. */
export type ContingencyType = (typeof CONTINGENCY_TYPES)[number];

/** Every list status type (`l`): the stage the order list reached. */
export const LIST_STATUS_TYPES = ['RESPONSE', 'EXEC_STARTED', 'UPDATED', 'ALL_DONE'] as const;
/** A list status type; see {@link LIST_STATUS_TYPES}. */
export type ListStatusType = (typeof LIST_STATUS_TYPES)[number];

/** Every list order status (`L`): the state of the list as a whole. */
export const LIST_ORDER_STATUSES = ['EXECUTING', 'ALL_DONE', 'REJECT'] as const;
/** A list order status; see {@link LIST_ORDER_STATUSES}. */
export type ListOrderStatus = (typeof LIST_ORDER_STATUSES)[number];

/** The documented list reject reasons (`r`); Binance documents only `NONE`, so the codec is open. */
export const LIST_REJECT_REASONS = ['NONE'] as const;
/** A list reject reason; see {@link LIST_REJECT_REASONS}. */
export type ListRejectReason = (typeof LIST_REJECT_REASONS)[number];

/** One order of a `listStatus` event: `s` symbol, `i` order id, `c` client order id. */
export const RawListStatusOrder = wireType('RawListStatusOrder', { s: Text, i: Id, c: Text });
export type RawListStatusOrder = t.TypeOf<typeof RawListStatusOrder>;

/** The `O` array of a `listStatus` event. */
export const RawListStatusOrderArray = wireArray('RawListStatusOrderArray', RawListStatusOrder);

/**
 * The `listStatus` event of the user data stream, sent for an order list (OCO, OTO, OPO …) besides the execution
 * reports of its orders (PROTOCOL §5.3).
 *
 * ```json
 * {"e":"listStatus","E":1564035303637,"s":"ETHBTC","g":2,"c":"OCO","l":"EXEC_STARTED","L":"EXECUTING","r":"NONE",
 *  "C":"F4QN4G8DlFATFlIUQ0cjdD","T":1564035303625,"O":[{"s":"ETHBTC","i":17,"c":"AJYsMjErWJesZvqlJCTUgL"},
 *  {"s":"ETHBTC","i":18,"c":"bfYPSQdLoqAJeNrOr9adzq"}]}
 * ```
 * The letters mean other things than in an execution report: `g` order list id, `c` contingency type, `l` list
 * status type, `L` list order status, `r` list reject reason, `C` list client order id, `O` the orders. Enums are
 * open: a value Binance adds later decodes.
 * See https://developers.binance.com/docs/binance-spot-api-docs/user-data-stream#order-update
 */
export const RawListStatus = wireType('RawListStatus', {
  e: Literal('listStatus'),
  E: Epoch,
  s: Text,
  g: Id,
  c: openEnum<ContingencyType>('ContingencyType', CONTINGENCY_TYPES),
  l: openEnum<ListStatusType>('ListStatusType', LIST_STATUS_TYPES),
  L: openEnum<ListOrderStatus>('ListOrderStatus', LIST_ORDER_STATUSES),
  r: openEnum<ListRejectReason>('ListRejectReason', LIST_REJECT_REASONS),
  C: Text,
  T: Epoch,
  O: RawListStatusOrderArray,
});
export type RawListStatus = t.TypeOf<typeof RawListStatus>;
