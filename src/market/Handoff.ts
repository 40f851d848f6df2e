import type { MarketSocket } from './MarketSocket.js';
import type { Route } from './Route.js';
import type { StreamPosition } from './StreamDecoder.js';

interface Held {
  readonly position: StreamPosition;
  /** The validated payload; each outlet builds its model when it is delivered. */
  readonly raw: unknown;
}

interface RouteState {
  /** Position of the last payload delivered, or undefined before the old socket delivered one in the overlap. */
  lastKey: number | bigint | undefined;
  /** True once the new socket has caught up: the old one is then ignored for this stream. */
  switched: boolean;
  /** Payloads from the new socket that are ahead of the old one, in arrival order. */
  readonly held: Held[];
}

function follows(first: number | bigint, last: number | bigint): boolean {
  return typeof first === 'bigint' || typeof last === 'bigint'
    ? BigInt(first) === BigInt(last) + 1n
    : first === last + 1;
}

/**
 * Removes the overlap while a new socket replaces an old one (make-before-break rotation): both carry the same
 * streams for a moment, and every payload must reach subscribers exactly once, in order.
 *
 * Per stream, the old socket stays the reference until the new one has caught up with it. A payload from the new
 * socket is dropped when its position is not past the last one delivered; for gapless streams (trade ids, depth
 * `U`/`u`) it is held while it is ahead of the old socket by more than one step, and released as soon as the old
 * socket fills the hole. From the first payload the new socket delivers, the old one is ignored for that stream.
 * Streams whose payloads carry no position keep the old socket until the handoff ends.
 */
export class Handoff {
  private readonly states = new Map<Route, RouteState>();

  constructor(
    readonly from: MarketSocket,
    readonly to: MarketSocket,
  ) {}

  /** Puts a stream under the handoff's control. */
  attach(route: Route): void {
    this.states.set(route, { lastKey: undefined, switched: false, held: [] });
    route.handoff = this;
  }

  /** Routes one payload of `route` that arrived on `socket` during the overlap. */
  receive(route: Route, data: unknown, frame: string, socket: MarketSocket): void {
    const state = this.states.get(route);
    if (state === undefined || (socket !== this.from && socket !== this.to)) return;
    if (socket === this.from) route.frames++;
    // Raw payloads have no known position to compare: raw subscribers follow the old socket until the end.
    if (socket === this.from) route.raw?.next(data);
    const decoder = route.decoder;
    if (decoder === undefined) return;
    if (state.switched) {
      if (socket === this.to) {
        const raw = route.validate(data, frame);
        if (raw !== undefined) route.deliver(raw);
      }
      return;
    }
    const raw = route.validate(data, frame);
    if (raw === undefined) return;
    const position = decoder.position(raw);
    if (socket === this.from) {
      route.deliver(raw);
      if (position !== undefined) state.lastKey = position.last;
      this.release(route, state);
      return;
    }
    // From the new socket, before it caught up.
    if (position === undefined) return; // no way to tell a duplicate: the old socket stays the reference
    state.held.push({ position, raw });
    this.release(route, state);
  }

  /** Ends the handoff: whatever the new socket holds beyond the last delivered payload is delivered, in order. */
  finish(): void {
    for (const [route, state] of this.states) {
      if (!state.switched) {
        for (const held of state.held) {
          if (state.lastKey === undefined || held.position.last > state.lastKey) route.deliver(held.raw);
        }
      }
      route.handoff = undefined;
    }
    this.states.clear();
  }

  /** Abandons the handoff (the new socket failed): the old socket simply stays the only one. */
  abort(): void {
    for (const route of this.states.keys()) route.handoff = undefined;
    this.states.clear();
  }

  private release(route: Route, state: RouteState): void {
    const { lastKey, held } = state;
    if (lastKey === undefined) return;
    while (held.length > 0 && (held[0] as Held).position.last <= lastKey) held.shift(); // already delivered by the old socket
    const next = held[0];
    if (next === undefined) return;
    if (route.decoder?.gapless === true && next.position.first > lastKey && !follows(next.position.first, lastKey))
      return; // a hole: wait
    state.switched = true;
    for (const item of held) route.deliver(item.raw);
    held.length = 0;
  }
}
