import { firstValueFrom, type Observable } from 'rxjs';
import { WebSocket } from 'ws';
import { Binance } from '../src/index.node.js';
import type { SimulatorUrls } from './SimulatorProcess.js';

/** A client under measurement: counts messages through `onMessage`; resolves once data flows; returns its stop. */
export type StreamClient = (urls: SimulatorUrls, onMessage: () => void) => Promise<() => void>;

/** The baseline: a bare `ws` socket on the combined endpoint, each frame turned into text and `JSON.parse`d. */
export function rawClient(stream: string): StreamClient {
  return async (urls, onMessage) => {
    const socket = new WebSocket(`${urls.wsUrl}/stream?streams=${stream}`, { perMessageDeflate: false });
    let sink: unknown;
    socket.on('message', (data: Buffer) => {
      sink = JSON.parse(data.toString());
      onMessage();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('message', () => resolve());
      socket.once('error', reject);
    });
    return () => {
      sink;
      socket.terminate();
    };
  };
}

/** The library: a `Binance` client whose stream validates and decodes every frame into models. */
export function libraryClient(
  select: (binance: Binance) => Observable<unknown>,
  errors: { count: number },
): StreamClient {
  return async (urls, onMessage) => {
    const binance = new Binance({ endpoints: urls });
    binance.errors$.subscribe(() => errors.count++);
    const stream = select(binance);
    const subscription = stream.subscribe(() => onMessage());
    await firstValueFrom(stream);
    return () => {
      subscription.unsubscribe();
      binance.close();
    };
  };
}
