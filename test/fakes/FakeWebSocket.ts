import type { WebSocketFactory, WebSocketLike } from '../../src/transport/WebSocketLike.js';

/** A control message the client sent, parsed. */
export interface SentControl {
  readonly method: string;
  readonly params?: readonly unknown[];
  readonly id: number;
}

/**
 * A WebSocket driven by the test, synchronously: the test opens it, delivers frames, pings and closes. Every message
 * the client sends is recorded with the virtual time it was sent at.
 */
export class FakeWebSocket implements WebSocketLike {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { readonly data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onclose: ((event: { readonly code: number; readonly reason: string }) => void) | null = null;
  onping: (() => void) | null = null;
  readonly sent: { readonly at: number; readonly message: SentControl }[] = [];
  closedByClient: { code: number | undefined; reason: string | undefined } | undefined;

  constructor(
    readonly url: string,
    private readonly now: () => number,
  ) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error(`send on a socket in state ${this.readyState}`);
    this.sent.push({ at: this.now(), message: JSON.parse(data) as SentControl });
  }

  close(code?: number, reason?: string): void {
    this.closedByClient = { code, reason };
    this.readyState = 3;
  }

  /** The server accepts the connection. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** The server sends a text frame. */
  receive(data: unknown): void {
    this.onmessage?.({ data: typeof data === 'string' ? data : JSON.stringify(data) });
  }

  /** The server sends a combined-stream frame. */
  frame(stream: string, data: unknown): void {
    this.receive({ stream, data });
  }

  /** The server pings. */
  ping(): void {
    this.onping?.();
  }

  /** Answers every control request not answered yet with `{"result": null}` (or `result` for LIST_SUBSCRIPTIONS). */
  ackAll(): void {
    for (const { message } of this.sent.slice(this.acked)) {
      this.receive({ result: message.method === 'LIST_SUBSCRIPTIONS' ? [] : null, id: message.id });
    }
    this.acked = this.sent.length;
  }
  private acked = 0;

  /** The connection fails (refused, reset): error then close, as browsers and `ws` report it. */
  fail(message = 'connect ECONNREFUSED 127.0.0.1:9'): void {
    this.readyState = 3;
    this.onerror?.(Object.assign(new Error(message), { code: 'ECONNREFUSED' }));
    this.onclose?.({ code: 1006, reason: '' });
  }

  /** The server closes the connection. */
  serverClose(code = 1000, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }

  /** Every stream name the client asked for with SUBSCRIBE, minus those it UNSUBSCRIBEd, in order. */
  subscriptions(): string[] {
    const names = new Set<string>();
    for (const { message } of this.sent) {
      if (message.method === 'SUBSCRIBE') for (const name of message.params as string[]) names.add(name);
      if (message.method === 'UNSUBSCRIBE') for (const name of message.params as string[]) names.delete(name);
    }
    return [...names];
  }
}

/** A factory that records every socket it creates. */
export class FakeSocketServer {
  readonly sockets: FakeWebSocket[] = [];
  readonly factory: WebSocketFactory = (url) => {
    const socket = new FakeWebSocket(url, this.now);
    this.sockets.push(socket);
    return socket;
  };

  constructor(private readonly now: () => number) {}

  /** The most recently created socket. */
  get last(): FakeWebSocket {
    const socket = this.sockets[this.sockets.length - 1];
    if (socket === undefined) throw new Error('no socket was created');
    return socket;
  }
}
