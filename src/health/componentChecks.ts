import type { LimitsSnapshot } from '../rest/RequestLimits.js';
import type { MuxSnapshot } from '../market/StreamMux.js';
import type { StreamKind } from '../market/StreamSpec.js';
import type { ActivityTracker } from './ActivityTracker.js';
import type { HealthStatus } from './HealthReport.js';

/** A component's verdict before it is stamped. */
export interface Verdict {
  readonly status: HealthStatus;
  readonly reason?: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** One order book, as health sees it. */
export interface OrderBookHealthInput {
  readonly symbol: string;
  readonly state: 'syncing' | 'live' | 'resyncing';
  /** When the book last applied an update (epoch ms), if ever. */
  readonly lastUpdateAt: number | undefined;
}

/** One session's user data subscription, as health sees it. */
export interface UserDataHealthInput {
  readonly userId: string;
  readonly state: 'idle' | 'subscribing' | 'live' | 'failed';
  readonly error?: string;
}

/** The WebSocket API connection, as health sees it. */
export interface WsApiHealthInput {
  readonly connected: boolean;
  readonly reconnects: number;
  readonly circuit: string;
}

function verdict(status: HealthStatus, details: Readonly<Record<string, unknown>>, reason?: string): Verdict {
  return reason === undefined ? { status, details } : { status, reason, details };
}

/**
 * Market sockets: unhealthy when one gave up or its circuit is open; degraded while one is (re)connecting or silent
 * for more than half the watchdog's limit; healthy when every one is open and alive; unknown without any.
 */
export function connectionsVerdict(
  mux: MuxSnapshot,
  tracker: ActivityTracker,
  now: number,
  staleAfterMs: number,
): Verdict {
  const sockets = mux.connections.map((c) => ({
    ...c,
    lastFrameAgeMs: c.activity === undefined ? undefined : tracker.age(`connection:${c.connection}`, c.activity, now),
  }));
  const active = sockets.filter((s) => s.state !== 'idle');
  const details = { sockets };
  if (active.length === 0) return verdict('unknown', details);
  const failed = active.find((s) => s.state === 'failed' || s.circuit === 'open');
  if (failed !== undefined)
    return verdict(
      'unhealthy',
      details,
      `connection ${failed.connection} is ${failed.state === 'failed' ? 'given up' : 'behind an open circuit'}`,
    );
  const trouble = active.find((s) => s.state !== 'open' || (s.lastFrameAgeMs ?? 0) > staleAfterMs / 2);
  if (trouble !== undefined)
    return verdict(
      'degraded',
      details,
      `connection ${trouble.connection} is ${trouble.state === 'open' ? 'silent' : trouble.state}`,
    );
  return verdict('healthy', details);
}

/** How often a stream kind is expected to deliver (ms); undefined for streams that follow trading activity. */
export function expectedPeriodMs(kind: StreamKind, name: string): number | undefined {
  switch (kind) {
    case 'ticker':
    case 'miniTicker':
    case 'windowTicker':
    case 'allMiniTickers':
    case 'allWindowTickers':
    case 'avgPrice':
    case 'referencePrice':
      return 1000;
    case 'kline':
      return name.includes('@kline_1s') ? 1000 : 2000;
    case 'partialDepth':
    case 'diffDepth':
      return name.endsWith('@100ms') ? 100 : 1000;
    default:
      return undefined;
  }
}

/**
 * Streams: degraded when a regular stream (tickers, klines, depth, average price) has delivered nothing for three
 * of its periods (at least 5 s) while its socket is open: stale data shown as current is the worst kind of wrong.
 */
export function streamsVerdict(mux: MuxSnapshot, tracker: ActivityTracker, now: number): Verdict {
  const stale: { name: string; silentMs: number }[] = [];
  for (const stream of mux.streams) {
    const silentMs = tracker.age(`stream:${stream.name}`, stream.frames, now);
    const period = expectedPeriodMs(stream.kind, stream.name);
    if (period !== undefined && stream.connectionOpen && silentMs > Math.max(3 * period, 5000))
      stale.push({ name: stream.name, silentMs });
  }
  const details = { streams: mux.streams.length, stale };
  if (mux.streams.length === 0) return verdict('unknown', details);
  return stale.length > 0
    ? verdict('degraded', details, `${stale.length} stream(s) went stale`)
    : verdict('healthy', details);
}

/** Order books: degraded while one syncs or resyncs (its data is not current); healthy when all are live. */
export function orderBooksVerdict(books: readonly OrderBookHealthInput[]): Verdict {
  const details = { books };
  if (books.length === 0) return verdict('unknown', details);
  const behind = books.filter((b) => b.state !== 'live');
  return behind.length > 0
    ? verdict('degraded', details, behind.map((b) => `${b.symbol} ${b.state}`).join(', '))
    : verdict('healthy', details);
}

/** Trading: unhealthy while banned (418); degraded while paused by a 429 or above 80 % of the request weight. */
export function tradingVerdict(sessions: number, limits: LimitsSnapshot, now: number): Verdict {
  const details = { sessions, ...limits };
  if (limits.bannedUntil !== undefined)
    return verdict('unhealthy', details, `banned until ${new Date(limits.bannedUntil).toISOString()}`);
  if (limits.pausedUntil !== undefined && limits.pausedUntil > now)
    return verdict('degraded', details, 'rate limited (429): requests are paused');
  if (limits.weightLimit > 0 && limits.weightUsed > 0.8 * limits.weightLimit)
    return verdict('degraded', details, 'request weight above 80 % of the limit');
  return verdict(sessions === 0 ? 'unknown' : 'healthy', details);
}

/** User data: unhealthy when a subscription failed; degraded while one (re)subscribes or the connection is down. */
export function userDataVerdict(streams: readonly UserDataHealthInput[], wsApi: WsApiHealthInput | undefined): Verdict {
  const active = streams.filter((s) => s.state !== 'idle');
  const details = { sessions: streams, connection: wsApi };
  if (active.length === 0) return verdict('unknown', details);
  const failed = active.find((s) => s.state === 'failed');
  if (failed !== undefined)
    return verdict(
      'unhealthy',
      details,
      `user data of ${failed.userId} failed${failed.error === undefined ? '' : `: ${failed.error}`}`,
    );
  const pending = active.find((s) => s.state === 'subscribing');
  if (pending !== undefined || wsApi?.connected === false)
    return verdict('degraded', details, 'user data is (re)subscribing');
  return verdict('healthy', details);
}

/** The application: uptime and memory (always healthy: the process runs). */
export function appVerdict(startedAt: number, now: number): Verdict {
  const memory = (
    globalThis as { process?: { memoryUsage?: () => { heapUsed: number; rss: number } } }
  ).process?.memoryUsage?.();
  return verdict('healthy', {
    uptimeMs: now - startedAt,
    ...(memory === undefined ? {} : { heapUsedBytes: memory.heapUsed, rssBytes: memory.rss }),
  });
}
