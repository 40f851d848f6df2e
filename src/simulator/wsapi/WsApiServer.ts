import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ApiKeyRecord } from '../exchange/AccountRegistry.js';
import type { Exchange } from '../exchange/Exchange.js';
import type { IpRateLimiter } from '../rest/IpRateLimiter.js';
import { rejectUpgrade } from '../streams/rejectUpgrade.js';
import type { UpgradeHandler } from '../streams/UpgradeHandler.js';
import { generalMethods } from './generalMethods.js';
import { type OrderFailureSource, orderMethods } from './orderMethods.js';
import { parseWsApiUrl } from './parseWsApiUrl.js';
import { sessionMethods } from './sessionMethods.js';
import type { LifecycleLimits } from '../socket/SocketLifecycle.js';
import { UserDataRouter } from './UserDataRouter.js';
import { userDataMethods } from './userDataMethods.js';
import { WsApiAuthenticator } from './WsApiAuthenticator.js';
import { WsApiConnection } from './WsApiConnection.js';
import type { WsApiConnectionInfo } from './WsApiConnectionInfo.js';
import { WsApiDispatcher } from './WsApiDispatcher.js';
import type { WsApiEvents } from './WsApiEvents.js';
import type { WsApiIntrospection } from './WsApiIntrospection.js';
import type { WsApiRequestLogEntry } from './WsApiRequestLogEntry.js';

/** What the WebSocket API is built from. */
export interface WsApiServerInit {
  /** Accounts, keys, orders and the user data events. */
  readonly exchange: Exchange;
  /** Request weight per IP, shared with REST. */
  readonly limiter: IpRateLimiter;
  /** Ping interval, pong deadline and lifetime, as for the market streams. */
  readonly limits: LifecycleLimits;
  readonly isSymbol: (symbol: string) => boolean;
  /** The server's clock. */
  readonly now: () => number;
  /** `sim.tradingFaults`: a failed order placement applies to this API too. */
  readonly orderFailures?: OrderFailureSource;
}

/** Connecting costs 2 request weight (PROTOCOL §4). */
const CONNECT_WEIGHT = 2;
// Binance publishes no size limit for requests; 1 MiB is far above any of them.
const MAX_INCOMING_BYTES = 1024 * 1024;
const REVOKED =
  '{"id":null,"status":401,"error":{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}}';

/**
 * The WebSocket API endpoint (`/ws-api/v3`, PROTOCOL §4–5): accepts upgrades (2 request weight each, refused with the
 * IP's 429 or 418 when it has none left), keeps a {@link WsApiConnection} per socket, answers requests through a
 * {@link WsApiDispatcher}, routes user data events to subscriptions, ends the sessions and subscriptions of a revoked
 * API key (an unsolicited -2015 on logged-on connections), and records everything for tests (`sim.wsApi`).
 */
export class WsApiServer implements UpgradeHandler, WsApiIntrospection {
  readonly events = new EventEmitter<WsApiEvents>();
  private readonly wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    // Pongs are sent by the connection, so that a stalled connection stays silent.
    autoPong: false,
    maxPayload: MAX_INCOMING_BYTES,
  });
  private readonly router: UserDataRouter;
  private readonly dispatcher: WsApiDispatcher;
  private readonly records: WsApiConnection[] = [];
  private readonly live = new Set<WsApiConnection>();
  private readonly stalled = new Set<WsApiConnection>();
  private readonly log: WsApiRequestLogEntry[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly onRevoke = (key: ApiKeyRecord): void => {
    this.revoke(key);
  };
  private closed = false;

  constructor(private readonly init: WsApiServerInit) {
    const { exchange } = init;
    this.router = new UserDataRouter(exchange.events, init.now);
    this.dispatcher = new WsApiDispatcher({
      methods: [
        ...generalMethods(),
        ...sessionMethods({ router: this.router }),
        ...userDataMethods({ router: this.router }),
        ...orderMethods({
          exchange,
          ...(init.orderFailures === undefined ? {} : { orderFailures: init.orderFailures }),
        }),
      ],
      limiter: init.limiter,
      authenticator: new WsApiAuthenticator(exchange.registry),
      isSymbol: init.isSymbol,
      now: init.now,
      onBan: (ip) => {
        for (const connection of this.live) if (connection.ip === ip) connection.close(1008, 'IP banned');
      },
      onRequest: (entry) => {
        this.log.push(entry);
        this.events.emit('request', entry);
      },
    });
    exchange.registry.revocations.on('revoke', this.onRevoke);
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closed) {
      rejectUpgrade(socket, 503, 'Server closing');
      return;
    }
    const path = request.url ?? '/';
    const options = parseWsApiUrl(path);
    if ('error' in options) {
      rejectUpgrade(socket, 400, options.error);
      return;
    }
    const ip = request.socket.remoteAddress ?? 'unknown';
    const decision = this.init.limiter.charge(ip, CONNECT_WEIGHT, this.init.now(), { rawRequest: false });
    if (!decision.allowed) {
      rejectUpgrade(socket, decision.status, decision.error.msg);
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new WsApiConnection({
        id: this.records.length + 1,
        path,
        ip,
        ws,
        socket,
        limits: this.init.limits,
        options,
        now: this.init.now,
        onText: (from, text) => {
          this.dispatcher.handle(from, text);
        },
        onClose: (closed) => {
          this.live.delete(closed);
          this.stalled.delete(closed);
          this.router.dropConnection(closed);
          this.events.emit('disconnect', closed.info());
        },
      });
      this.records.push(connection);
      this.live.add(connection);
      this.events.emit('connection', connection.info());
    });
  }

  connections(): WsApiConnectionInfo[] {
    return this.records.map((connection) => connection.info());
  }

  requestLog(): WsApiRequestLogEntry[] {
    return [...this.log];
  }

  /** Destroys every open socket at TCP level (no close frame). Returns how many. */
  dropConnections(): number {
    const open = [...this.live];
    for (const connection of open) connection.destroy();
    return open.length;
  }

  /** Freezes the connections open now: nothing sent, nothing heard, still open. Returns how many. */
  stall(): number {
    for (const connection of this.live) {
      connection.stall();
      this.stalled.add(connection);
    }
    return this.live.size;
  }

  /** Ends {@link stall}. */
  resume(): void {
    for (const connection of this.stalled) connection.resume();
    this.stalled.clear();
  }

  /**
   * Sends `{"event":{"e":"serverShutdown","E":…}}` to every open connection, then closes each with 1001 after
   * `graceMs`. Returns how many were told.
   */
  serverShutdown(graceMs: number): number {
    const open = [...this.live];
    for (const connection of open) {
      connection.send(`{"event":{"e":"serverShutdown","E":${connection.options.time(this.init.now())}}}`);
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const connection of open) connection.close(1001, 'Server shutdown');
    }, graceMs);
    this.timers.add(timer);
    return open.length;
  }

  close(): void {
    this.closed = true;
    this.init.exchange.registry.revocations.off('revoke', this.onRevoke);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const connection of [...this.live]) connection.terminate();
    this.live.clear();
    this.stalled.clear();
    this.router.close();
    this.wss.close();
  }

  private revoke(key: ApiKeyRecord): void {
    for (const connection of this.live) {
      if (connection.sessionKey?.apiKey === key.apiKey) {
        connection.send(REVOKED);
        connection.logOut();
      }
      for (const sub of connection.subscriptions()) if (sub.apiKey === key.apiKey) this.router.end(sub);
    }
  }
}
