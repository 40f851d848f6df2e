import { RestError } from '../rest/RestError.js';

/** A request id as the WebSocket API accepts it: a signed 64-bit integer, a string of 36 or fewer, or null. */
export type WsApiId = number | bigint | string | null;

/** One text frame read as a WebSocket API request (PROTOCOL §4): what it said, and what to do with it. */
export interface WsApiEnvelope {
  /** The id to echo, as JSON text: digits kept exactly as sent; `null` when it was missing or invalid. */
  readonly idJson: string;
  /** The id when it was valid; undefined otherwise. Integers beyond 2^53 are bigints. */
  readonly id: WsApiId | undefined;
  /** The `method` field when it was a string, else null. */
  readonly method: string | null;
  /** The `params` field as sent, when it was an object. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly outcome:
    | {
        readonly ok: true;
        /** The method name without its optional `v3/` prefix. */
        readonly name: string;
        /** Every parameter as text, in the order sent. */
        readonly values: ReadonlyMap<string, string>;
      }
    | { readonly ok: false; readonly error: RestError };
}

const MIN_ID = -(2n ** 63n);
const MAX_ID = 2n ** 63n - 1n;
const MAX_STRING_ID = 36;
const RAW_INTEGER_ID = /"id"\s*:\s*(-?[0-9]+)(?=\s*[,}])/g;

/**
 * Reads one text frame as Binance's WebSocket API does: JSON (-1135 when it is not a JSON object), `id` (-1102 when
 * missing or not an integer, a string of 36 or fewer or null), `method` (-1102 when missing or not a string), `params`
 * (optional; an object, else -1000 as Binance answers it) whose values must be strings, numbers or booleans (-1102 for
 * null, -1130 for objects and arrays).
 */
export function parseWsApiRequest(text: string): WsApiEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused('null', undefined, null, {}, invalidJson());
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refused('null', undefined, null, {}, invalidJson());
  }
  const fields = json as Record<string, unknown>;
  const rawMethod = fields['method'];
  const method = typeof rawMethod === 'string' ? rawMethod : null;
  const rawParams = fields['params'];
  const params = isRecord(rawParams) ? rawParams : {};
  const id = readId(text, fields);
  if (id === undefined) return refused('null', undefined, method, params, RestError.mandatory('id'));
  const fail = (error: RestError): WsApiEnvelope => refused(id.json, id.value, method, params, error);
  if (method === null || method === '') return fail(RestError.mandatory('method'));
  if (rawParams !== undefined && !isRecord(rawParams)) {
    return fail(new RestError(-1000, "Invalid 'params' in JSON request; expected an object."));
  }
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') values.set(name, value);
    else if (typeof value === 'number' || typeof value === 'boolean') values.set(name, String(value));
    else if (value === null) return fail(RestError.mandatory(name));
    else return fail(RestError.invalidParameter(name));
  }
  const name = method.startsWith('v3/') ? method.slice(3) : method;
  return { idJson: id.json, id: id.value, method, params, outcome: { ok: true, name, values } };
}

function readId(text: string, fields: Record<string, unknown>): { value: WsApiId; json: string } | undefined {
  if (!('id' in fields)) return undefined;
  const id = fields['id'];
  if (id === null) return { value: null, json: 'null' };
  if (typeof id === 'string') return id.length <= MAX_STRING_ID ? { value: id, json: JSON.stringify(id) } : undefined;
  if (typeof id !== 'number' || !Number.isInteger(id)) return undefined;
  if (Number.isSafeInteger(id)) return { value: id, json: String(id) };
  // Beyond 2^53 JSON.parse rounded the id: echo the digits sent, as Binance does.
  for (const match of text.matchAll(RAW_INTEGER_ID)) {
    const digits = match[1] as string;
    if (Number(digits) !== id) continue;
    const big = BigInt(digits);
    return big < MIN_ID || big > MAX_ID ? undefined : { value: big, json: big.toString() };
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalidJson(): RestError {
  return new RestError(-1135, 'Invalid JSON Request');
}

function refused(
  idJson: string,
  id: WsApiId | undefined,
  method: string | null,
  params: Readonly<Record<string, unknown>>,
  error: RestError,
): WsApiEnvelope {
  return { idJson, id, method, params, outcome: { ok: false, error } };
}
