import type { TimeConversion } from '../exchange/orderJson.js';

/** What the query string of a WebSocket API URL sets for the whole connection (PROTOCOL §4). */
export interface WsApiUrlOptions {
  /** `returnRateLimits=false` leaves `rateLimits` out of responses unless a request asks for them (default true). */
  readonly returnRateLimits: boolean;
  /** `timeUnit=MICROSECOND` answers every time field in µs (default ms). */
  readonly microseconds: boolean;
  /** Converts an epoch-ms value to the connection's unit. */
  readonly time: TimeConversion;
}

/** Reads `returnRateLimits` and `timeUnit`; returns the message of an HTTP 400 for an invalid value. */
export function parseWsApiUrl(url: string): WsApiUrlOptions | { readonly error: string } {
  const question = url.indexOf('?');
  const query = new URLSearchParams(question < 0 ? '' : url.slice(question + 1));
  const rateLimits = query.get('returnRateLimits');
  if (rateLimits !== null && rateLimits !== 'true' && rateLimits !== 'false') {
    return { error: "Invalid value for 'returnRateLimits'; expected true or false." };
  }
  const unit = query.get('timeUnit');
  const microseconds = unit === 'MICROSECOND' || unit === 'microsecond';
  if (unit !== null && !microseconds && unit !== 'MILLISECOND' && unit !== 'millisecond') {
    return { error: 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.' };
  }
  return {
    returnRateLimits: rateLimits !== 'false',
    microseconds,
    time: microseconds ? (ms) => ms * 1000 : (ms) => ms,
  };
}
