import type { CircuitState } from '../resilience/CircuitBreaker.js';

/**
 * What happened to a market-data connection. A *connection* (numbered `connection`) is one shard of the
 * multiplexer: a logical link that successive physical sockets (numbered `socket`) serve over its life.
 *
 * - `connecting`: a socket is being opened (`attempt` counts consecutive attempts, from 1);
 * - `open`: the socket is up and its streams are being (re)subscribed;
 * - `reconnecting`: the socket was lost (`reason`) and another attempt follows after `delayMs`;
 * - `rotating`: a replacement socket is being opened before the current one is cut (`reason`: `age` before
 *   Binance's 24 h limit, or `serverShutdown`); `rotated` once the new one has taken over without a gap;
 * - `circuit`: the connection's circuit breaker changed state;
 * - `closed`: the connection ended (`reason`: idle, client closed, or retries exhausted).
 */
export type ConnectionEvent =
  | {
      readonly type: 'connecting';
      readonly connection: number;
      readonly socket: number;
      readonly url: string;
      readonly attempt: number;
      readonly at: number;
    }
  | {
      readonly type: 'open';
      readonly connection: number;
      readonly socket: number;
      readonly url: string;
      readonly streams: number;
      readonly at: number;
    }
  | {
      readonly type: 'reconnecting';
      readonly connection: number;
      readonly reason: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly at: number;
    }
  | {
      readonly type: 'rotating';
      readonly connection: number;
      readonly socket: number;
      readonly reason: 'age' | 'serverShutdown';
      readonly at: number;
    }
  | { readonly type: 'rotated'; readonly connection: number; readonly socket: number; readonly at: number }
  | { readonly type: 'circuit'; readonly connection: number; readonly state: CircuitState; readonly at: number }
  | { readonly type: 'closed'; readonly connection: number; readonly reason: string; readonly at: number };
