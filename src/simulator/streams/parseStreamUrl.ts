/** A market-stream upgrade URL that can be served. */
export interface StreamUrl {
  readonly ok: true;
  /** `/stream` connections deliver `{"stream","data"}` envelopes; `/ws` connections bare payloads. */
  readonly combined: boolean;
  /** The streams named in the URL, decoded, without duplicates, in URL order. */
  readonly streams: readonly string[];
}

/** Why an upgrade URL is refused, with the HTTP status to answer. */
export interface StreamUrlError {
  readonly ok: false;
  readonly status: 400 | 404;
  readonly message: string;
}

/** What {@link parseStreamUrl} checks besides the URL's shape. */
export interface StreamUrlRules {
  /** Whether a decoded name is a stream this simulator serves. */
  readonly isStreamName: (name: string) => boolean;
  /** Most streams one connection may hold (Binance: 1024). */
  readonly maxStreams: number;
}

/** True when `pathname` belongs to the market-stream endpoints (`/ws`, `/ws/<name>`, `/stream`). */
export function isStreamPath(pathname: string): boolean {
  return pathname === '/ws' || pathname === '/stream' || pathname.startsWith('/ws/');
}

/**
 * Parses a market-stream upgrade URL (PROTOCOL §1.1): `/ws`, `/ws/<name>`, `/stream`, `/stream?streams=<a>/<b>`.
 * Names may be URL-encoded (`btcusdt@kline_1m@%2B08:00`); `+` is kept as a plus sign, not read as a space, since
 * offset kline names contain one. `timeUnit=MILLISECOND` is accepted; microsecond timestamps are not simulated, so
 * `timeUnit=MICROSECOND` is refused rather than silently served in milliseconds.
 */
export function parseStreamUrl(url: string, rules: StreamUrlRules): StreamUrl | StreamUrlError {
  const queryStart = url.indexOf('?');
  const pathname = queryStart < 0 ? url : url.slice(0, queryStart);
  const query = parseQuery(queryStart < 0 ? '' : url.slice(queryStart + 1));
  if (!query.ok) return query;
  const timeUnit = query.params.get('timeUnit');
  if (timeUnit !== undefined && timeUnit.toUpperCase() !== 'MILLISECOND') {
    return timeUnit.toUpperCase() === 'MICROSECOND'
      ? badRequest('timeUnit=MICROSECOND is not supported by the simulator')
      : badRequest(`Invalid timeUnit: ${timeUnit}`);
  }

  if (pathname === '/ws') return { ok: true, combined: false, streams: [] };
  if (pathname.startsWith('/ws/')) {
    const name = decode(pathname.slice('/ws/'.length));
    if (name === undefined || name === '' || name.includes('/')) return badRequest('Malformed stream name');
    return checkStreams(false, [name], rules);
  }
  if (pathname === '/stream') {
    const streams = query.params.get('streams');
    if (streams === undefined) return { ok: true, combined: true, streams: [] };
    return checkStreams(true, streams.split('/'), rules);
  }
  return { ok: false, status: 404, message: 'Not found' };
}

function checkStreams(combined: boolean, names: readonly string[], rules: StreamUrlRules): StreamUrl | StreamUrlError {
  const unique = [...new Set(names)];
  for (const name of unique) {
    if (!rules.isStreamName(name)) return badRequest(`Invalid stream name: ${JSON.stringify(name)}`);
  }
  if (unique.length > rules.maxStreams) {
    return badRequest(`Too many streams: ${unique.length} (at most ${rules.maxStreams} per connection)`);
  }
  return { ok: true, combined, streams: unique };
}

function parseQuery(
  query: string,
): { readonly ok: true; readonly params: ReadonlyMap<string, string> } | StreamUrlError {
  const params = new Map<string, string>();
  if (query === '') return { ok: true, params };
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) return badRequest('Malformed URL encoding');
    if (params.has(key)) return badRequest(`Duplicate parameter: ${key}`);
    params.set(key, value);
  }
  return { ok: true, params };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function badRequest(message: string): StreamUrlError {
  return { ok: false, status: 400, message };
}
