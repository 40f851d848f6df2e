import type { ControlError } from './ControlError.js';
import { ControlErrors } from './ControlError.js';
import type { ControlId } from './ControlLogEntry.js';

/** A well-formed control request (PROTOCOL §1.3). `combined` is the only property, so it is implied. */
export type ControlRequest =
  | { readonly method: 'SUBSCRIBE' | 'UNSUBSCRIBE'; readonly streams: readonly string[] }
  | { readonly method: 'LIST_SUBSCRIPTIONS' }
  | { readonly method: 'SET_PROPERTY'; readonly value: boolean }
  | { readonly method: 'GET_PROPERTY' };

/** One text message read as a control request: what it said, and either the request or the error to answer. */
export interface ParsedControl {
  /** The `method` field when it is a string, else null. */
  readonly method: string | null;
  readonly params: unknown;
  /** The id when it is valid; undefined otherwise (the error answer then carries no id). */
  readonly id: ControlId | undefined;
  /** The valid id as JSON text, digits kept exactly as sent (ids may exceed 2^53). */
  readonly idJson: string | undefined;
  readonly outcome:
    { readonly ok: true; readonly request: ControlRequest } | { readonly ok: false; readonly error: ControlError };
}

const MIN_ID = -(2n ** 63n);
const MAX_ID = 2n ** 63n - 1n;
const STRING_ID = /^[A-Za-z0-9]{1,36}$/;
const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
// The raw text of a numeric `id`, to check its range and echo it without the float rounding of JSON.parse.
const RAW_NUMERIC_ID = /"id"\s*:\s*(-?[0-9][0-9.eE+-]*)/;
const RAW_METHOD = /"method"\s*:\s*"(?:[^"\\]|\\.)*"/;

/**
 * Reads one text frame of a market-stream connection as Binance does: JSON, then `id`, then `method`, then the
 * method's `params`. Fields other than these are ignored. `isStreamName` decides which SUBSCRIBE/UNSUBSCRIBE names
 * are acceptable.
 */
export function parseControlRequest(text: string, isStreamName: (name: string) => boolean): ParsedControl {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused(
      null,
      undefined,
      undefined,
      undefined,
      ControlErrors.invalidJson(where(text, errorOffset(text, error))),
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refused(null, undefined, undefined, undefined, ControlErrors.notAnObject);
  }
  const fields = json as Record<string, unknown>;
  const rawMethod = fields['method'];
  const method = typeof rawMethod === 'string' ? rawMethod : null;
  const params = fields['params'];
  const id = readId(text, fields);
  if (id === undefined) return refused(method, params, undefined, undefined, ControlErrors.invalidId);
  const fail = (error: ControlError): ParsedControl => refused(method, params, id.value, id.json, error);

  if (rawMethod === undefined) return fail(ControlErrors.missingField('method', where(text, endOffset(text))));
  const methodEnd = RAW_METHOD.exec(text);
  const afterMethod = methodEnd === null ? endOffset(text) : methodEnd.index + methodEnd[0].length;
  switch (method) {
    case 'SUBSCRIBE':
    case 'UNSUBSCRIBE': {
      if (params === undefined) return fail(ControlErrors.missingField('params', where(text, endOffset(text))));
      if (!isStringArray(params)) return fail(ControlErrors.invalidParams('an array of stream names'));
      if (!params.every(isStreamName)) return fail(ControlErrors.invalidStream);
      return accepted(method, params, id, { method, streams: [...new Set(params)] });
    }
    case 'LIST_SUBSCRIPTIONS':
      if (params !== undefined && params !== null && !(Array.isArray(params) && params.length === 0)) {
        return fail(ControlErrors.tooManyParameters);
      }
      return accepted(method, params, id, { method });
    case 'SET_PROPERTY':
      if (!Array.isArray(params) || typeof params[0] !== 'string') return fail(ControlErrors.propertyNameNotString);
      if (params.length > 2) return fail(ControlErrors.tooManyParameters);
      if (params[0] !== 'combined') return fail(ControlErrors.unknownProperty);
      if (typeof params[1] !== 'boolean') return fail(ControlErrors.invalidValueType);
      return accepted(method, params, id, { method, value: params[1] });
    case 'GET_PROPERTY':
      if (!Array.isArray(params) || typeof params[0] !== 'string') return fail(ControlErrors.propertyNameNotString);
      if (params.length > 1) return fail(ControlErrors.tooManyParameters);
      if (params[0] !== 'combined') return fail(ControlErrors.unknownProperty);
      return accepted(method, params, id, { method });
    default:
      return fail(
        ControlErrors.unknownMethod(
          method === null ? `\`${JSON.stringify(rawMethod)}\`` : `\`${method}\``,
          where(text, afterMethod),
        ),
      );
  }
}

interface ValidId {
  readonly value: ControlId;
  readonly json: string;
}

function readId(text: string, fields: Record<string, unknown>): ValidId | undefined {
  const value = fields['id'];
  if (value === null) return { value: null, json: 'null' };
  if (typeof value === 'string') return STRING_ID.test(value) ? { value, json: JSON.stringify(value) } : undefined;
  if (typeof value !== 'number') return undefined;
  const raw = RAW_NUMERIC_ID.exec(text)?.[1];
  if (raw === undefined) return Number.isSafeInteger(value) ? { value, json: String(value) } : undefined;
  if (!INTEGER.test(raw)) return undefined;
  const exact = BigInt(raw);
  if (exact < MIN_ID || exact > MAX_ID) return undefined;
  return { value: Number.isSafeInteger(value) ? value : exact, json: raw };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function accepted(method: string, params: unknown, id: ValidId, request: ControlRequest): ParsedControl {
  return { method, params, id: id.value, idJson: id.json, outcome: { ok: true, request } };
}

function refused(
  method: string | null,
  params: unknown,
  id: ControlId | undefined,
  idJson: string | undefined,
  error: ControlError,
): ParsedControl {
  return { method, params, id, idJson, outcome: { ok: false, error } };
}

/** How many characters the JSON reader had consumed when it failed, as far as its error message tells. */
function errorOffset(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position) + 1;
  if (message.includes('end of JSON')) return text.length;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  return token === undefined ? 1 : text.indexOf(token) + 1;
}

function endOffset(text: string): number {
  return text.trimEnd().length;
}

/** `at line L column C` for `offset` consumed characters, as the deserializer Binance uses reports positions. */
function where(text: string, offset: number): string {
  const consumed = text.slice(0, Math.max(offset, 0));
  const lineStart = consumed.lastIndexOf('\n') + 1;
  const line = consumed.split('\n').length;
  return `at line ${line} column ${consumed.length - lineStart}`;
}
