const UNIT_MS: Readonly<Record<string, number>> = {
  SECOND: 1_000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
  S: 1_000,
  M: 60_000,
  H: 3_600_000,
  D: 86_400_000,
};

/**
 * The length of a Binance rate-limit interval in ms: `(1, 'MINUTE')` as in `exchangeInfo.rateLimits`, or the header
 * suffix form `'1M'`, `'10S'`, `'1D'` of `X-MBX-USED-WEIGHT-1M`. Undefined for anything else.
 */
export function intervalMs(count: number, unit: string): number | undefined {
  const ms = UNIT_MS[unit.toUpperCase()];
  return ms === undefined || !(count > 0 && Number.isFinite(count)) ? undefined : count * ms;
}
