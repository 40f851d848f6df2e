import type { SchedulerLike, Subscription } from 'rxjs';

/** The outcome of one control request: Binance's `result`, or its error `code` and `msg`. */
export type ControlReply =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly code: number | undefined; readonly msg: string };

interface Pending {
  readonly method: string;
  readonly onReply: (reply: ControlReply) => void;
  readonly timer: Subscription;
}

/**
 * Numbers the control requests of one market socket (SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS) and matches each
 * reply to its request by id, with a timeout.
 *
 * Replies are `{"result":…,"id":n}`; errors are `{"code":…,"msg":…,"id":n}` (or wrapped in `"error"`). Control
 * error codes start at 0, so success is told by the presence of `result`, never by a falsy `code`.
 */
export class ControlChannel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly timeoutMs: number,
    private readonly onTimeout: (method: string) => void,
  ) {}

  /** Registers a request and returns the JSON text to send. `onReply` is called once, unless the channel closes. */
  request(method: string, params: readonly unknown[] | undefined, onReply: (reply: ControlReply) => void): string {
    const id = this.nextId++;
    const timer = this.scheduler.schedule(() => {
      this.pending.delete(id);
      this.onTimeout(method);
    }, this.timeoutMs);
    this.pending.set(id, { method, onReply, timer });
    return JSON.stringify(params === undefined ? { method, id } : { method, params, id });
  }

  /** Number of requests still waiting for their reply. */
  get outstanding(): number {
    return this.pending.size;
  }

  /**
   * Settles the request a reply belongs to. Returns false when the message is not a control reply, or answers no
   * request of ours (for example an error without id).
   */
  settle(message: Readonly<Record<string, unknown>>): boolean {
    const id = message['id'];
    const hasResult = 'result' in message;
    const error = (
      typeof message['error'] === 'object' && message['error'] !== null ? message['error'] : message
    ) as Readonly<Record<string, unknown>>;
    const isError = typeof error['msg'] === 'string';
    if (!hasResult && !isError) return false;
    const pending = typeof id === 'number' ? this.pending.get(id) : undefined;
    if (pending === undefined) return false;
    this.pending.delete(id as number);
    pending.timer.unsubscribe();
    pending.onReply(
      hasResult
        ? { ok: true, result: message['result'] }
        : {
            ok: false,
            code: typeof error['code'] === 'number' ? error['code'] : undefined,
            msg: error['msg'] as string,
          },
    );
    return true;
  }

  /** Forgets every pending request and its timer (the socket is gone; nobody will answer). */
  close(): void {
    for (const pending of this.pending.values()) pending.timer.unsubscribe();
    this.pending.clear();
  }
}
