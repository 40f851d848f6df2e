/** A refused control message, sent back as `{"code":…,"msg":…,"id":…}` (PROTOCOL §1.3). */
export interface ControlError {
  readonly code: number;
  readonly msg: string;
}

const methods = '`SUBSCRIBE`, `UNSUBSCRIBE`, `LIST_SUBSCRIPTIONS`, `SET_PROPERTY`, `GET_PROPERTY`';

/**
 * Binance's control errors, with its exact texts. Code 0 is an error too. The ones that quote a position follow the
 * deserializer Binance uses (`at line L column C`); `where` is that suffix.
 */
export const ControlErrors = {
  unknownProperty: { code: 0, msg: 'Unknown property' },
  invalidValueType: { code: 1, msg: 'Invalid value type: expected Boolean' },
  propertyNameNotString: { code: 2, msg: 'Invalid request: property name must be a string' },
  // The text predates signed integer and string ids, which are accepted; Binance still sends it.
  invalidId: { code: 2, msg: 'Invalid request: request ID must be an unsigned integer' },
  tooManyParameters: { code: 2, msg: 'Invalid request: too many parameters' },
  // Binance's own text for a SUBSCRIBE/UNSUBSCRIBE naming something that is not a stream.
  invalidStream: { code: 2, msg: 'Invalid request: invalid stream' },
  notAnObject: { code: 2, msg: 'Invalid request: expected a JSON object' },
  unknownMethod: (method: string, where: string): ControlError => ({
    code: 2,
    msg: `Invalid request: unknown variant ${method}, expected one of ${methods} ${where}`,
  }),
  missingField: (field: string, where: string): ControlError => ({
    code: 2,
    msg: `Invalid request: missing field \`${field}\` ${where}`,
  }),
  invalidParams: (expected: string): ControlError => ({ code: 2, msg: `Invalid request: params must be ${expected}` }),
  tooManyStreams: (max: number): ControlError => ({
    code: 2,
    msg: `Invalid request: too many streams: a connection holds at most ${max}`,
  }),
  invalidJson: (where: string): ControlError => ({ code: 3, msg: `Invalid JSON: expected value ${where}` }),
} as const;
