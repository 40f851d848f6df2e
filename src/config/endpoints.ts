/** The three base URLs the library talks to. */
export interface Endpoints {
  /** REST base, e.g. `https://api.binance.com`. */
  readonly restUrl: string;
  /** Market-stream base, e.g. `wss://stream.binance.com:9443`; the library appends `/stream`. */
  readonly wsUrl: string;
  /** WebSocket API URL, e.g. `wss://ws-api.binance.com:443/ws-api/v3`. */
  readonly wsApiUrl: string;
}

/** Names of Binance's environments (PROTOCOL §0). `data` is the public market-data-only service (no trading). */
export type EndpointPreset = 'production' | 'testnet' | 'demo' | 'data';

/** The URLs of each preset. */
export const ENDPOINT_PRESETS: Readonly<Record<EndpointPreset, Endpoints>> = {
  production: {
    restUrl: 'https://api.binance.com',
    wsUrl: 'wss://stream.binance.com:9443',
    wsApiUrl: 'wss://ws-api.binance.com:443/ws-api/v3',
  },
  testnet: {
    restUrl: 'https://testnet.binance.vision',
    wsUrl: 'wss://stream.testnet.binance.vision',
    wsApiUrl: 'wss://ws-api.testnet.binance.vision/ws-api/v3',
  },
  demo: {
    restUrl: 'https://demo-api.binance.com',
    wsUrl: 'wss://demo-stream.binance.com',
    wsApiUrl: 'wss://demo-ws-api.binance.com/ws-api/v3',
  },
  data: {
    restUrl: 'https://data-api.binance.vision',
    wsUrl: 'wss://data-stream.binance.vision',
    // The data service has no WebSocket API; trading calls against this preset fail with a clear error.
    wsApiUrl: 'wss://ws-api.binance.com:443/ws-api/v3',
  },
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True when `hostname` is this machine (`localhost`, `127.x.x.x`, `::1`). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Checks one endpoint URL: it must parse, use the expected scheme family, and be encrypted (`https:`/`wss:`)
 * unless it points at this machine (the simulator).
 *
 * @throws TypeError naming the setting and the problem.
 */
export function assertEndpointUrl(setting: string, url: string, kind: 'http' | 'ws'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`${setting}: not a valid URL: ${JSON.stringify(url)}`);
  }
  const secure = kind === 'http' ? 'https:' : 'wss:';
  const plain = kind === 'http' ? 'http:' : 'ws:';
  if (parsed.protocol !== secure && parsed.protocol !== plain) {
    throw new TypeError(`${setting}: expected a ${secure} URL, got ${parsed.protocol}`);
  }
  if (parsed.protocol === plain && !isLoopbackHost(parsed.hostname)) {
    throw new TypeError(
      `${setting}: ${plain} is only allowed for this machine (127.0.0.1); use ${secure} for ${parsed.host}`,
    );
  }
  return url.replace(/\/+$/, '');
}
