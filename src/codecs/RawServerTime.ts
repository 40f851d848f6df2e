import type * as t from 'io-ts';
import { Epoch } from './primitives.js';
import { wireType } from './wireType.js';

/**
 * The answer of `GET /api/v3/time`.
 *
 * ```json
 * {"serverTime":1499827319559}
 * ```
 * See https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints#check-server-time
 */
export const RawServerTime = wireType('RawServerTime', { serverTime: Epoch });
export type RawServerTime = t.TypeOf<typeof RawServerTime>;
