import { assertEndpointUrl, ENDPOINT_PRESETS, type EndpointPreset, type Endpoints } from './endpoints.js';

/** The environment of the current process, where there is one (never in browsers). */
export function processEnv(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

/**
 * Decides the three URLs: a preset as is; otherwise, per URL, the config's, else the environment's
 * (`BINANCE_API_URL`, `BINANCE_WS_URL`, `BINANCE_WS_API_URL`), else production's. Every URL is checked.
 *
 * @throws TypeError for an unknown preset, a malformed URL, or an unencrypted URL to another machine.
 */
export function resolveEndpoints(
  endpoints: EndpointPreset | Partial<Endpoints> | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Endpoints {
  let chosen: Endpoints;
  if (typeof endpoints === 'string') {
    const preset = (ENDPOINT_PRESETS as Readonly<Record<string, Endpoints | undefined>>)[endpoints];
    if (preset === undefined) {
      throw new TypeError(
        `Unknown endpoints preset ${JSON.stringify(endpoints)}: expected ${Object.keys(ENDPOINT_PRESETS).join(', ')}`,
      );
    }
    chosen = preset;
  } else {
    const production = ENDPOINT_PRESETS.production;
    const fromEnv = (name: string): string | undefined => {
      const value = env[name];
      return value === undefined || value === '' ? undefined : value;
    };
    chosen = {
      restUrl: endpoints?.restUrl ?? fromEnv('BINANCE_API_URL') ?? production.restUrl,
      wsUrl: endpoints?.wsUrl ?? fromEnv('BINANCE_WS_URL') ?? production.wsUrl,
      wsApiUrl: endpoints?.wsApiUrl ?? fromEnv('BINANCE_WS_API_URL') ?? production.wsApiUrl,
    };
  }
  return {
    restUrl: assertEndpointUrl('restUrl', chosen.restUrl, 'http'),
    wsUrl: assertEndpointUrl('wsUrl', chosen.wsUrl, 'ws'),
    wsApiUrl: assertEndpointUrl('wsApiUrl', chosen.wsApiUrl, 'ws'),
  };
}
