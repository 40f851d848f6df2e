/** A page of an account's history (`allOrders`, `myTrades`); times are epoch ms, inclusive. */
export interface HistoryQuery {
  /** Entries from this id on (`orderId` of allOrders, `fromId` of myTrades). */
  readonly fromId?: number;
  readonly startTime?: number;
  readonly endTime?: number;
  readonly limit: number;
}

/**
 * Binance's list rule (PROTOCOL §3.1) over entries in id order (which is also time order): from `fromId` when given,
 * else from `startTime` when given, oldest first; with only `endTime` (or nothing) the most recent `limit` up to it.
 * Every given bound applies.
 */
export function selectHistory<T>(
  entries: readonly T[],
  idOf: (entry: T) => number,
  timeOf: (entry: T) => number,
  query: HistoryQuery,
): T[] {
  const { fromId, startTime, endTime, limit } = query;
  const inRange = entries.filter(
    (entry) =>
      (fromId === undefined || idOf(entry) >= fromId) &&
      (startTime === undefined || timeOf(entry) >= startTime) &&
      (endTime === undefined || timeOf(entry) <= endTime),
  );
  if (fromId !== undefined || startTime !== undefined) return inRange.slice(0, limit);
  return inRange.slice(Math.max(0, inRange.length - limit));
}
