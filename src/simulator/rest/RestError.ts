/**
 * A Binance error answer: the HTTP status and the `{"code","msg"}` body (PROTOCOL §3.9). Route handlers throw it;
 * the handler turns it into the response. The static constructors carry Binance's exact messages.
 */
export class RestError extends Error {
  override readonly name = 'RestError';

  constructor(
    readonly code: number,
    readonly msg: string,
    readonly status = 400,
  ) {
    super(msg);
  }

  /** The JSON body. */
  toJSON(): { code: number; msg: string } {
    return { code: this.code, msg: this.msg };
  }

  static unknown(): RestError {
    return new RestError(-1000, 'An unknown error occurred while processing the request.', 500);
  }

  static unauthorized(): RestError {
    return new RestError(-1002, 'You are not authorized to execute this request.', 401);
  }

  static illegalChars(name?: string, range?: string): RestError {
    return new RestError(
      -1100,
      name === undefined || range === undefined
        ? 'Illegal characters found in a parameter.'
        : `Illegal characters found in parameter '${name}'; legal range is '${range}'.`,
    );
  }

  static duplicateParameter(): RestError {
    return new RestError(-1101, 'Duplicate values for a parameter detected.');
  }

  static tooManyParameters(expected: number, received: number): RestError {
    return new RestError(-1101, `Too many parameters; expected '${expected}' and received '${received}'.`);
  }

  static mandatory(name: string): RestError {
    return new RestError(-1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);
  }

  static eitherMandatory(first: string, second: string): RestError {
    return new RestError(-1102, `Param '${first}' or '${second}' must be sent, but both were empty/null!`);
  }

  static unread(read: number, sent: number): RestError {
    return new RestError(
      -1104,
      `Not all sent parameters were read; read '${read}' parameter(s) but was sent '${sent}'.`,
    );
  }

  static empty(name: string): RestError {
    return new RestError(-1105, `Parameter '${name}' was empty.`);
  }

  static overflow(name: string): RestError {
    return new RestError(-1108, `Parameter '${name}' overflowed.`);
  }

  static precision(name: string): RestError {
    return new RestError(-1111, `Parameter '${name}' has too much precision.`);
  }

  static badInterval(): RestError {
    return new RestError(-1120, 'Invalid interval.');
  }

  static badSymbol(): RestError {
    return new RestError(-1121, 'Invalid symbol.');
  }

  static badSymbolStatus(): RestError {
    return new RestError(-1122, 'Invalid symbolStatus.');
  }

  static badCombination(): RestError {
    return new RestError(-1128, 'Combination of optional parameters invalid.');
  }

  static invalidParameter(name: string): RestError {
    return new RestError(-1130, `Data sent for parameter '${name}' is not valid.`);
  }

  static badTickerType(): RestError {
    return new RestError(-1139, 'Invalid ticker type.');
  }

  static duplicateSymbols(): RestError {
    return new RestError(-1151, 'Symbol is present multiple times in the list.');
  }

  static badTimeUnit(): RestError {
    return new RestError(-1194, 'Invalid value for time unit; expected either MICROSECOND or MILLISECOND.');
  }

  static statusMismatch(): RestError {
    return new RestError(-1220, "The symbol's status does not match the requested symbolStatus.");
  }
}
