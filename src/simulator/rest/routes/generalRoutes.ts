import type { MarketHub } from '../../market/MarketHub.js';
import type { SymbolStatus } from '../../market/SymbolConfig.js';
import type { RateLimitConfig } from '../RateLimitConfig.js';
import { RestError } from '../RestError.js';
import type { RestRoute } from '../RestRoute.js';
import { SYMBOL_PERMISSION_SETS, symbolInfo } from '../symbolInfo.js';

const STATUSES: readonly SymbolStatus[] = ['TRADING', 'HALT', 'BREAK'];
const GROUPS = Array.from({ length: 24 }, (_, i) => `TRD_GRP_${String(i + 2).padStart(3, '0')}`);
const PERMISSIONS: readonly string[] = ['SPOT', 'MARGIN', 'LEVERAGED', ...GROUPS];
const DEFAULT_PERMISSIONS: readonly string[] = ['SPOT', 'MARGIN', 'LEVERAGED'];

/** `GET /api/v3/ping`, `/api/v3/time` and `/api/v3/exchangeInfo` (PROTOCOL §3.6). */
export function generalRoutes(context: { readonly hub: MarketHub; readonly rateLimits: RateLimitConfig }): RestRoute[] {
  const { hub, rateLimits } = context;
  return [
    { method: 'GET', path: '/api/v3/ping', security: 'NONE', weight: 1, handle: () => ({}) },
    {
      method: 'GET',
      path: '/api/v3/time',
      security: 'NONE',
      weight: 1,
      handle: ({ now, time }) => ({ serverTime: time(now) }),
    },
    {
      method: 'GET',
      path: '/api/v3/exchangeInfo',
      security: 'NONE',
      weight: 20,
      handle: ({ params, now, time }) => {
        const symbol = params.symbol();
        const symbols = params.symbols();
        const permissions = readPermissions(params.string('permissions'));
        const showPermissionSets = params.boolean('showPermissionSets') ?? true;
        const status = params.oneOf('symbolStatus', STATUSES, () => RestError.badSymbolStatus());
        const named = symbol === undefined ? symbols : [symbol];
        if (symbol !== undefined && symbols !== undefined) throw RestError.badCombination();
        if (named !== undefined && (permissions !== undefined || status !== undefined))
          throw RestError.badCombination();
        const wanted = permissions ?? DEFAULT_PERMISSIONS;
        const granted = SYMBOL_PERMISSION_SETS.flat();
        const markets = (named ?? hub.symbols).map((s) => hub.market(s)).filter((m) => m !== undefined);
        const listed = markets.filter(
          (m) =>
            named !== undefined ||
            ((status === undefined || m.rules.status === status) && granted.some((p) => wanted.includes(p))),
        );
        return {
          timezone: 'UTC',
          serverTime: time(now),
          rateLimits: rateLimits.rules.map(({ rateLimitType, interval, intervalNum, limit }) => ({
            rateLimitType,
            interval,
            intervalNum,
            limit,
          })),
          exchangeFilters: [],
          symbols: listed.map((m) => symbolInfo(m.rules, showPermissionSets)),
        };
      },
    },
  ];
}

/** `permissions`: one value (`SPOT`) or a JSON array (`["MARGIN","LEVERAGED"]`). */
function readPermissions(value: string | undefined): readonly string[] | undefined {
  if (value === undefined) return undefined;
  let list: unknown = [value];
  if (value.startsWith('[')) {
    try {
      list = JSON.parse(value);
    } catch {
      throw RestError.invalidParameter('permissions');
    }
  }
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    !list.every((p) => typeof p === 'string' && PERMISSIONS.includes(p))
  ) {
    throw RestError.invalidParameter('permissions');
  }
  return list as string[];
}
