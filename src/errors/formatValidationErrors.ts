import type * as t from 'io-ts';
import { describe } from '../codecs/primitives.js';

/**
 * Turns io-ts validation errors into `path: reason` lines, e.g. `k.o: expected a decimal string, got "x"`.
 *
 * io-ts's own `PathReporter` prints only the message when a codec sets one and loses the path; this keeps both.
 */
export function formatValidationErrors(errors: t.Errors): string[] {
  return errors.map((e) => {
    const path =
      e.context
        .map((c) => c.key)
        .filter(Boolean)
        .join('.') || '<root>';
    return `${path}: ${e.message ?? `invalid value ${describe(e.value)}`}`;
  });
}
