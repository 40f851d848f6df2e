/** A listener of {@link RequestAbort}: called once, with no argument, when the request is aborted. */
type AbortListener = () => void;

/**
 * The abort signal of one HTTP request, in the shape axios accepts for `signal` (its `GenericAbortSignal`: `aborted`,
 * `addEventListener('abort', …)`, `removeEventListener`).
 *
 * A platform `AbortController` would do, but creating one and having axios add and remove its listener costs
 * about 4 µs per request — more than signing it — and almost no request is ever aborted.
 */
export class RequestAbort {
  #aborted = false;
  #listeners: AbortListener[] = [];

  /** True once {@link RequestAbort.abort} was called. */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** Calls `listener` on abort (`type` must be `'abort'`; other events never happen). */
  addEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort' && !this.#aborted) this.#listeners.push(listener);
  }

  removeEventListener(type: string, listener: AbortListener): void {
    const index = type === 'abort' ? this.#listeners.indexOf(listener) : -1;
    if (index >= 0) this.#listeners.splice(index, 1);
  }

  /** Aborts: calls every listener once, then forgets them. Later calls do nothing. */
  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
  }
}
