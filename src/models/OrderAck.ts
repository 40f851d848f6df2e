import type { RawOrderAck } from '../codecs/RawOrderAck.js';
import type { Plain } from './plainModel.js';
import { withPlainJson } from './withPlainJson.js';

/** The acknowledgement of a placed order (`newOrderRespType: 'ACK'`): its ids, not its state. */
export interface OrderAck {
  /** Upper-case symbol, e.g. `BTCUSDT`. */
  readonly symbol: string;
  readonly orderId: bigint;
  /** The order list the order belongs to; `-1n` when it is not part of one. */
  readonly orderListId: bigint;
  readonly clientOrderId: string;
  /** When the matching engine accepted the order (epoch ms). */
  readonly transactTime: number;
  /** Exact strings for JSON. */
  toJSON(): Plain<OrderAck>;
}

/** Maps a decoded `RawOrderAck` to an {@link OrderAck}. */
export function toOrderAck(raw: RawOrderAck): OrderAck {
  return withPlainJson({
    symbol: raw.symbol,
    orderId: BigInt(raw.orderId),
    orderListId: BigInt(raw.orderListId),
    clientOrderId: raw.clientOrderId,
    transactTime: raw.transactTime,
  });
}
