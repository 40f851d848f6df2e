import { type ClientOptions, WebSocket } from 'ws';
import { openTestSocket, type SocketClosed, socketClosed } from './openTestSocket.js';

/** How a test client's connection ended. */
export type Closed = SocketClosed;

/**
 * A real `ws` client for simulator tests: queues text frames so a test can await them in order, and records pings
 * and how the connection closed.
 */
export class TestClient {
  readonly pings: Buffer[] = [];
  /** Resolves when the connection has closed. */
  readonly closed: Promise<Closed>;
  private readonly queue: string[] = [];
  private readonly waiters: ((text: string) => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const text = data.toString();
      const waiter = this.waiters.shift();
      if (waiter === undefined) this.queue.push(text);
      else waiter(text);
    });
    ws.on('ping', (data: Buffer) => this.pings.push(data));
    this.closed = socketClosed(ws);
  }

  /** Connects and resolves once open. */
  static open(url: string, options: ClientOptions = {}): Promise<TestClient> {
    return openTestSocket(url, options, (ws) => new TestClient(ws));
  }

  /** Frames received and not yet taken. */
  get pending(): number {
    return this.queue.length;
  }

  /** The next text frame. */
  next(): Promise<string> {
    const text = this.queue.shift();
    if (text !== undefined) return Promise.resolve(text);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The next text frame, parsed. */
  async nextJson(): Promise<unknown> {
    return JSON.parse(await this.next()) as unknown;
  }

  /** Sends an object as JSON, or a string as is. */
  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends a request and resolves with the next frame parsed (the answer, when no data flows). */
  async request(message: object | string): Promise<unknown> {
    this.send(message);
    return this.nextJson();
  }

  /** Drops the connection and waits until it is closed. */
  async terminate(): Promise<void> {
    this.ws.terminate();
    await this.closed;
  }
}

/** The HTTP status an upgrade to `url` is refused with. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => {
      ws.terminate();
      reject(new Error(`upgrade to ${url} was accepted`));
    });
    ws.on('error', () => undefined);
  });
}
