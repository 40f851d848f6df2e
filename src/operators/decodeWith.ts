import { either } from 'fp-ts';
import type * as t from 'io-ts';
import { map, type OperatorFunction } from 'rxjs';
import { DecodeError } from '../errors/DecodeError.js';
import { formatValidationErrors } from '../errors/formatValidationErrors.js';

/**
 * Decodes every value with an io-ts codec; a value that does not match errors the stream with a {@link DecodeError}.
 *
 * Use it on your own payloads (for example with `market.stream(name)`); the library's streams decode before they
 * share, so a bad frame is reported on `errors$` instead of ending the stream.
 *
 * @example
 * ```ts
 * binance.market.stream('btcusdt@trade').pipe(decodeWith(RawTrade)).subscribe((raw) => console.log(raw.p));
 * ```
 */
export function decodeWith<A, O>(codec: t.Type<A, O>): OperatorFunction<unknown, A> {
  return map((raw) => {
    const result = codec.decode(raw);
    if (either.isLeft(result)) throw new DecodeError(codec.name, formatValidationErrors(result.left), raw);
    return result.right;
  });
}
