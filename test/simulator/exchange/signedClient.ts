import { createHmac, createPrivateKey, sign } from 'node:crypto';
import http from 'node:http';
import type { AccountCredentials } from '../../../src/simulator/exchange/AccountRegistry.js';

/** A response, read fully. */
export interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  readonly body: unknown;
}

/** Where parameters go and what to do to the signed request, for tests of the security check. */
export interface SendOptions {
  /** Put the parameters in the body instead of the query string (POST/DELETE). */
  readonly inBody?: boolean;
  /** Parameters sent in the query string while the rest go to the body. */
  readonly query?: Readonly<Record<string, string | number>>;
  /** Timestamp to send (default: the client's clock). `null`: none. */
  readonly timestamp?: number | string | null;
  readonly recvWindow?: number | string;
  /** Replaces the computed signature. `null`: no signature. */
  readonly signature?: string | null;
  /** Changes the final text of query and body after signing. */
  readonly tamper?: (query: string, body: string) => { query: string; body: string };
  /** The API key header (default the credentials' key); `null`: none. */
  readonly apiKey?: string | null;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Percent-encodes like Binance's REST rule (PROTOCOL §3.4): UTF-8, upper-case hex. */
export function encode(params: Readonly<Record<string, string | number>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/** Signs a REST payload with any kind of credentials, as the documentation's Node reference does. */
export function signPayload(credentials: AccountCredentials, payload: string): string {
  if ('apiSecret' in credentials) return createHmac('sha256', credentials.apiSecret).update(payload).digest('hex');
  const key = createPrivateKey(credentials.privateKey);
  const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  return encodeURIComponent(sign(algorithm, Buffer.from(payload), key).toString('base64'));
}

/** A signed REST client for tests: signs with node:crypto, over real HTTP, one connection per request. */
export class SignedClient {
  constructor(
    private readonly port: number,
    readonly credentials: AccountCredentials,
    private readonly clock: () => number,
  ) {}

  /** A signed request (TRADE / USER_DATA). */
  send(
    method: string,
    path: string,
    params: Readonly<Record<string, string | number>> = {},
    options: SendOptions = {},
  ): Promise<Reply> {
    const all: Record<string, string | number> = { ...params };
    if (options.recvWindow !== undefined) all['recvWindow'] = options.recvWindow;
    if (options.timestamp !== null) all['timestamp'] = options.timestamp ?? this.clock();
    const queryText = options.query === undefined ? '' : encode(options.query);
    const paramText = encode(all);
    const inBody = options.inBody === true || options.query !== undefined;
    let query = inBody ? queryText : paramText;
    let body = inBody ? paramText : '';
    const signature = options.signature === undefined ? signPayload(this.credentials, query + body) : options.signature;
    if (signature !== null) {
      if (inBody) body = body === '' ? `signature=${signature}` : `${body}&signature=${signature}`;
      else query = query === '' ? `signature=${signature}` : `${query}&signature=${signature}`;
    }
    if (options.tamper !== undefined) ({ query, body } = options.tamper(query, body));
    const apiKey = options.apiKey === undefined ? this.credentials.apiKey : options.apiKey;
    const headers: Record<string, string> = { ...options.headers };
    if (apiKey !== null) headers['X-MBX-APIKEY'] = apiKey;
    if (body !== '') headers['Content-Type'] = 'application/x-www-form-urlencoded';
    return rawRequest(this.port, method, query === '' ? path : `${path}?${query}`, body, headers);
  }

  get(path: string, params: Readonly<Record<string, string | number>> = {}, options: SendOptions = {}): Promise<Reply> {
    return this.send('GET', path, params, options);
  }

  post(path: string, params: Readonly<Record<string, string | number>>, options: SendOptions = {}): Promise<Reply> {
    return this.send('POST', path, params, options);
  }

  delete(path: string, params: Readonly<Record<string, string | number>>, options: SendOptions = {}): Promise<Reply> {
    return this.send('DELETE', path, params, options);
  }
}

/** One plain HTTP request to 127.0.0.1. */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  body = '',
  headers: Readonly<Record<string, string>> = {},
): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    // Node sends a DELETE body neither chunked nor with a length unless told: give the length.
    const sized = body === '' ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: '127.0.0.1', port, method, path, agent: false, headers: sized }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          body: text === '' ? undefined : (JSON.parse(text) as unknown),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
