import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MarketHub } from '../../../src/simulator/market/MarketHub.js';
import {
  createRestHandler,
  type RestHandlerOptions,
  type SimulatorRestHandler,
} from '../../../src/simulator/rest/createRestHandler.js';
import { manualHub } from '../market/marketFixtures.js';

/** A response, read fully. */
export interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  /** The parsed JSON body (`undefined` when the body is empty). */
  readonly body: unknown;
}

/** A REST handler on a real `node:http` server on 127.0.0.1:0, over a manual-mode hub on a test clock. */
export interface RestTestServer {
  readonly hub: MarketHub;
  readonly rest: SimulatorRestHandler;
  /** Moves the market by `ms` (default 100) and returns the new time. */
  readonly step: (ms?: number) => number;
  /** Moves the REST clock only (the market stays where it is). */
  readonly advance: (ms: number) => void;
  readonly now: () => number;
  readonly request: (
    method: string,
    path: string,
    options?: { body?: string; headers?: Record<string, string> },
  ) => Promise<Reply>;
  readonly get: (path: string, headers?: Record<string, string>) => Promise<Reply>;
  readonly close: () => Promise<void>;
}

export async function startRestServer(
  options: Partial<Omit<RestHandlerOptions, 'hub'>> & { readonly preHistoryMs?: number } = {},
): Promise<RestTestServer> {
  const { preHistoryMs, ...restOptions } = options;
  const manual = manualHub(preHistoryMs === undefined ? {} : { preHistoryMs });
  let skew = 0;
  let marketTime = manual.hub.now();
  const now = () => marketTime + skew;
  const rest = createRestHandler({ hub: manual.hub, now, ...restOptions });
  const server = http.createServer((req, res) => {
    rest.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const request = (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    new Promise<Reply>((resolve, reject) => {
      // agent: false — one connection per request, so nothing lingers after the test.
      const req = http.request(
        { host: '127.0.0.1', port, method, path, agent: false, headers: init.headers },
        (res) => {
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
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });

  return {
    hub: manual.hub,
    rest,
    step: (ms = 100) => (marketTime = manual.step(ms)),
    advance: (ms) => {
      skew += ms;
    },
    now,
    request,
    get: (path, headers) => request('GET', path, headers === undefined ? {} : { headers }),
    close: async () => {
      rest.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
