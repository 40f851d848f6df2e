import { openTestSocket, type SocketClosed, socketClosed } from '../fakes/openTestSocket.js';
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ClientOptions } from 'ws';
import type { AccountCredentials } from '../../../src/simulator/exchange/AccountRegistry.js';

/** A parsed frame of the WebSocket API. */
export type Message = Record<string, unknown>;

/** A response: `{id, status, result | error, rateLimits?}`. */
export interface Reply extends Message {
  readonly id: unknown;
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: Record<string, unknown> };
  readonly rateLimits?: readonly Record<string, unknown>[];
}

/** Parameter values a request may carry. */
export type Params = Record<string, string | number | boolean>;

/** What to change in a signed request, for the tests of the security checks. */
export interface SignOptions {
  /** Default: now. `null`: no timestamp. */
  readonly timestamp?: number | string | null;
  readonly recvWindow?: number | string;
  /** Replaces the computed signature; `null`: none. */
  readonly signature?: string | null;
  /** Replaces the API key; `null`: none. */
  readonly apiKey?: string | null;
  /** Parameters changed after signing. */
  readonly tamper?: Params;
}

/** Signs a WebSocket API request as PROTOCOL §3.4 says: sorted, unencoded, apiKey included; hex or plain base64. */
export function signWsApi(credentials: AccountCredentials, params: Readonly<Params>): string {
  const payload = Object.keys(params)
    .filter((name) => name !== 'signature')
    .sort()
    .map((name) => `${name}=${String(params[name])}`)
    .join('&');
  if ('apiSecret' in credentials) return createHmac('sha256', credentials.apiSecret).update(payload).digest('hex');
  const key = createPrivateKey(credentials.privateKey);
  return sign(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', Buffer.from(payload), key).toString('base64');
}

interface Waiter {
  readonly predicate: (message: Message) => boolean;
  readonly resolve: (message: Message) => void;
}

/**
 * A real `ws` client of the WebSocket API for tests: requests with ids, answers matched by id, user data events by
 * subscription id, and everything else (unsolicited errors, `serverShutdown`) kept in arrival order.
 */
export class WsApiTestClient {
  readonly pings: Buffer[] = [];
  /** Resolves when the connection has closed. */
  readonly closed: Promise<SocketClosed>;
  private readonly inbox: Message[] = [];
  private readonly waiters: Waiter[] = [];
  private nextId = 1;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Message;
      const index = this.waiters.findIndex((waiter) => waiter.predicate(message));
      if (index < 0) this.inbox.push(message);
      else this.waiters.splice(index, 1)[0]?.resolve(message);
    });
    ws.on('ping', (data: Buffer) => this.pings.push(data));
    this.closed = socketClosed(ws);
  }

  /** Connects and resolves once open; rejects with `HTTP <status>` when the upgrade is refused. */
  static open(url: string, options: ClientOptions = {}): Promise<WsApiTestClient> {
    return openTestSocket(url, options, (ws) => new WsApiTestClient(ws));
  }

  /** Frames received that nothing waited for. */
  get unread(): readonly Message[] {
    return this.inbox;
  }

  /** The next frame matching `predicate` (taken from the frames already received first). */
  waitFor(predicate: (message: Message) => boolean): Promise<Message> {
    const index = this.inbox.findIndex(predicate);
    if (index >= 0) return Promise.resolve(this.inbox.splice(index, 1)[0] as Message);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Sends a text frame as is. */
  sendRaw(text: string): void {
    this.ws.send(text);
  }

  /** Sends a request (with the next numeric id unless one is given) and resolves with its answer. */
  async call(method: string, params?: Params, id: unknown = this.nextId++): Promise<Reply> {
    this.sendRaw(JSON.stringify(params === undefined ? { id, method } : { id, method, params }));
    return (await this.waitFor((m) => m['id'] === id && typeof m['status'] === 'number')) as Reply;
  }

  /** Sends a request signed with `credentials` (apiKey, timestamp and signature added). */
  signed(method: string, params: Params, credentials: AccountCredentials, options: SignOptions = {}): Promise<Reply> {
    const all: Params = { ...params };
    const apiKey = options.apiKey === undefined ? credentials.apiKey : options.apiKey;
    if (apiKey !== null) all['apiKey'] = apiKey;
    if (options.recvWindow !== undefined) all['recvWindow'] = options.recvWindow;
    if (options.timestamp !== null) all['timestamp'] = options.timestamp ?? Date.now();
    const signature = options.signature === undefined ? signWsApi(credentials, all) : options.signature;
    if (signature !== null) all['signature'] = signature;
    return this.call(method, { ...all, ...options.tamper });
  }

  /** The next user data event of a subscription. */
  async nextEvent(subscriptionId: number): Promise<Record<string, unknown>> {
    const frame = await this.waitFor((m) => m['subscriptionId'] === subscriptionId);
    return frame['event'] as Record<string, unknown>;
  }

  /** Drops the connection and waits until it is closed. */
  async terminate(): Promise<void> {
    this.ws.terminate();
    await this.closed;
  }
}
