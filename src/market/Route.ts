import { either } from 'fp-ts';
import type * as t from 'io-ts';
import { DecodeError } from '../errors/DecodeError.js';
import { formatValidationErrors } from '../errors/formatValidationErrors.js';
import { parseJsonLossless } from '../internal/parseJsonLossless.js';
import { Fanout } from './Fanout.js';
import type { Handoff } from './Handoff.js';
import type { Shard } from './Shard.js';
import type { StreamDecoder } from './StreamDecoder.js';
import type { StreamKind } from './StreamSpec.js';

/**
 * One stream name inside the multiplexer: its subscribers, how many there are, and the decoder its name selected.
 *
 * Frames reach it by a single `Map` lookup on their `stream` field. Typed subscribers (`market.trades(...)`) share
 * one {@link Fanout} fed with models, each frame validated and mapped once whatever their number; subscribers of the
 * raw escape hatch (`market.stream(name)`) share another fed with the undecoded `data`.
 */
export class Route {
  /** Subscribers of the raw stream, once there is one. */
  raw: Fanout<unknown> | undefined;
  /** Subscribers currently attached, of both kinds; the stream is unsubscribed from Binance when it drops to 0. */
  refCount = 0;
  /** The shard whose socket carries this stream. */
  shard: Shard | undefined;
  /** Set while two sockets both carry the stream (rotation); frames then go through it to drop the overlap. */
  handoff: Handoff | undefined;
  /** Frames delivered so far: health samples it to tell a stream that went quiet (cheaper than timing frames). */
  frames = 0;
  /**
   * Typed subscribers, one outlet per decoder: `market.diffDepth` wants models, the order book the validated raw
   * payload. Every outlet of a stream shares its codec, so a frame is validated once whatever the outlets.
   */
  private outlets: Outlet[] = [];
  private context: t.Context = [];

  constructor(
    readonly name: string,
    readonly symbol: string | undefined,
    readonly kind: StreamKind,
    private readonly onDecodeFailure: (route: Route, error: DecodeError) => void,
  ) {}

  /** The decoder of the typed subscribers (its codec and positions are every outlet's). */
  get decoder(): StreamDecoder | undefined {
    return this.outlets[0]?.decoder;
  }

  /** True when typed subscribers listen. */
  get typed(): boolean {
    return this.outlets.length > 0;
  }

  /**
   * The fan-out typed subscribers of `decoder` listen to, created on first use.
   *
   * @throws TypeError when `decoder` validates with another codec than the stream's other outlets (a wiring bug).
   */
  typedOutlet(decoder: StreamDecoder): Fanout<unknown> {
    const existing = this.outlets.find((outlet) => outlet.decoder === decoder);
    if (existing !== undefined) return existing.fanout;
    const codec = this.decoder?.codec;
    if (codec !== undefined && codec !== decoder.codec) {
      throw new TypeError(`stream ${this.name} cannot be decoded by both ${codec.name} and ${decoder.codec.name}`);
    }
    // One context for every frame: io-ts only reads it to build errors, and allocating it per frame costs.
    if (codec === undefined) this.context = [{ key: '', type: decoder.codec, actual: undefined }];
    const outlet = { decoder, fanout: new Fanout<unknown>() };
    this.outlets.push(outlet);
    return outlet.fanout;
  }

  /** The fan-out raw subscribers listen to. */
  rawOutlet(): Fanout<unknown> {
    return (this.raw ??= new Fanout<unknown>());
  }

  /** Drops the outlets nobody listens to any more (a subscriber left while others remain). */
  prune(): void {
    if (this.outlets.some((outlet) => !outlet.fanout.observed))
      this.outlets = this.outlets.filter((outlet) => outlet.fanout.observed);
    if (this.raw !== undefined && !this.raw.observed) this.raw = undefined;
  }

  /** Hands one payload to the subscribers. `frame` is the text it was parsed from. */
  emit(data: unknown, frame: string): void {
    this.frames++;
    this.raw?.next(data);
    if (this.outlets.length === 0) return;
    const raw = this.validate(data, frame);
    if (raw !== undefined) this.deliver(raw);
  }

  /** Hands a validated payload to every typed outlet, as each one's model. */
  deliver(raw: unknown): void {
    for (const outlet of this.outlets) outlet.fanout.next(outlet.decoder.toModel(raw, this));
  }

  /**
   * Validates one payload for typed subscribers. A payload that fails is reported (with the stream name and the
   * reasons) and yields undefined: one bad frame never ends a stream.
   */
  validate(data: unknown, frame: string): unknown {
    const { codec, validFrame } = this.decoder as StreamDecoder;
    // A frame whose text has the exact valid shape needs no value-by-value check.
    if (validFrame?.test(frame) === true) return data;
    // The codec's own test first: a valid payload needs no Either built around it.
    if (codec.is(data)) return data;
    const first = codec.validate(data, this.context);
    if (either.isRight(first)) return first.right;
    // JSON.parse makes integers beyond 2^53 inexact, and the codecs refuse inexact ids. Only then is the frame
    // parsed again, losslessly (big integers become bigint), so the common path keeps its single JSON.parse.
    const exact = reparse(frame);
    const second = exact === undefined ? first : codec.validate(exact, this.context);
    if (either.isRight(second)) return second.right;
    this.onDecodeFailure(this, new DecodeError(codec.name, formatValidationErrors(second.left), data));
    return undefined;
  }

  /** Ends the stream for every subscriber (`market.unsubscribe(symbol)`, client closed). */
  complete(): void {
    this.raw?.complete();
    for (const outlet of this.outlets) outlet.fanout.complete();
  }

  /** Ends the stream for every subscriber with an error (the stream cannot be served). */
  error(error: unknown): void {
    this.raw?.error(error);
    for (const outlet of this.outlets) outlet.fanout.error(error);
  }
}

interface Outlet {
  readonly decoder: StreamDecoder;
  readonly fanout: Fanout<unknown>;
}

function reparse(frame: string): unknown {
  try {
    const envelope = parseJsonLossless(frame) as { data?: unknown } | null;
    return typeof envelope === 'object' && envelope !== null ? envelope.data : undefined;
  } catch {
    return undefined;
  }
}
