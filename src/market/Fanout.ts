import { Subscription, type Subscriber } from 'rxjs';

/**
 * Hands every value of one stream to each of its current subscribers: what a `Subject` does for a stream's
 * outlet, without its cost per value. RxJS's `Subject.next` builds a closure and an iterator for every value; at
 * hundreds of thousands of frames a second that was a measurable share of the library's own time per frame.
 *
 * The list of subscribers is replaced, never changed in place, when one comes or goes: a value being handed out
 * reaches exactly the subscribers there were when it started, whatever they do meanwhile. After `complete` or
 * `error`, a late subscriber is told at once, as a `Subject` would tell it.
 */
export class Fanout<T> {
  #subscribers: readonly Subscriber<T>[] = [];
  #ended: { readonly error: unknown } | 'complete' | undefined;

  /** True while at least one subscriber listens. */
  get observed(): boolean {
    return this.#subscribers.length > 0;
  }

  /** Adds `subscriber` until the returned subscription is unsubscribed (or the fan-out ends). */
  subscribe(subscriber: Subscriber<T>): Subscription {
    const ended = this.#ended;
    if (ended !== undefined) {
      if (ended === 'complete') subscriber.complete();
      else subscriber.error(ended.error);
      return Subscription.EMPTY;
    }
    this.#subscribers = [...this.#subscribers, subscriber];
    return new Subscription(() => {
      this.#subscribers = this.#subscribers.filter((s) => s !== subscriber);
    });
  }

  /** Hands `value` to every subscriber (nothing after the end). */
  next(value: T): void {
    for (const subscriber of this.#subscribers) subscriber.next(value);
  }

  /** Ends every subscription normally. */
  complete(): void {
    this.end('complete');
  }

  /** Ends every subscription with `error`. */
  error(error: unknown): void {
    this.end({ error });
  }

  private end(how: { readonly error: unknown } | 'complete'): void {
    if (this.#ended !== undefined) return;
    this.#ended = how;
    const subscribers = this.#subscribers;
    this.#subscribers = [];
    for (const subscriber of subscribers) {
      if (how === 'complete') subscriber.complete();
      else subscriber.error(how.error);
    }
  }
}
