import { either } from 'fp-ts';
import { RawSymbolInfo } from '../../src/codecs/RawSymbolInfo.js';
import { type SymbolInfo, toSymbolInfo } from '../../src/models/SymbolInfo.js';
import { restFixture } from '../fixtures/rest/restFixture.js';

type Json = Record<string, unknown>;

/**
 * The rules of a documented symbol (`BTCUSDT`, or `ETHBTC` with its legacy filters), decoded and mapped as the
 * session would, with filters and fields replaced: `filters: { LOT_SIZE: {...} }` merges into that filter, `null`
 * removes it; `fields` replace top-level fields last (so `{ filters: [] }` leaves none).
 */
export function symbolRules(
  symbol: 'BTCUSDT' | 'ETHBTC' = 'BTCUSDT',
  fields: Json = {},
  filters: Record<string, Json | null> = {},
): SymbolInfo {
  const all = restFixture('exchangeInfo')['symbols'] as Json[];
  const raw = all.find((s) => s['symbol'] === symbol) as Json;
  const replaced = (raw['filters'] as Json[])
    .map((f) => {
      const change = filters[f['filterType'] as string];
      return change === null ? undefined : { ...f, ...change };
    })
    .filter((f) => f !== undefined);
  const result = RawSymbolInfo.decode({ ...raw, filters: replaced, ...fields });
  if (either.isLeft(result)) throw new Error(`bad test symbol ${symbol}`);
  return toSymbolInfo(result.right);
}
