import type { Logger } from '../../src/logging/Logger.js';

/** One line written to a {@link RecordingLogger}, with the bindings of the child logger that wrote it. */
export interface LogLine {
  readonly level: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/** A logger that keeps every line, children's included, in one shared list. */
export class RecordingLogger implements Logger {
  constructor(
    readonly lines: LogLine[] = [],
    private readonly bindings: Readonly<Record<string, unknown>> = {},
  ) {}

  trace = this.writer('trace');
  debug = this.writer('debug');
  info = this.writer('info');
  warn = this.writer('warn');
  error = this.writer('error');
  fatal = this.writer('fatal');

  child(bindings: Readonly<Record<string, unknown>>): Logger {
    return new RecordingLogger(this.lines, { ...this.bindings, ...bindings });
  }

  /** Every line as one text, for searching. */
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }

  private writer(level: string) {
    return (fields: Readonly<Record<string, unknown>>, message: string): void => {
      this.lines.push({ level, fields: { ...this.bindings, ...fields }, message });
    };
  }
}
