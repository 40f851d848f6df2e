import type { ControlError } from './ControlError.js';

/** `{"result":<result>,"id":<id>}`, from JSON texts (so large integer ids keep their digits). */
export function resultResponse(resultJson: string, idJson: string): string {
  return `{"result":${resultJson},"id":${idJson}}`;
}

/** `{"code":…,"msg":…,"id":…}`; without `id` when the request had no valid one (Binance cannot echo it either). */
export function errorResponse(error: ControlError, idJson: string | undefined): string {
  const id = idJson === undefined ? '' : `,"id":${idJson}`;
  return `{"code":${error.code},"msg":${JSON.stringify(error.msg)}${id}}`;
}
