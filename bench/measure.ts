import { setTimeout as delay } from 'node:timers/promises';
import type { SimulatorProcess } from './SimulatorProcess.js';
import type { StreamClient } from './streamClients.js';

/** One measurement of a client under a flood. */
export interface Sample {
  /** Messages received per second of wall time. */
  readonly perSecond: number;
  /** CPU time of this process (user + system) per message, in µs. */
  readonly cpuPerMessageUs: number;
  readonly messages: number;
}

/** What to flood the client with. */
export interface Flood {
  readonly stream: string;
  readonly rate: number | 'max';
  readonly levels?: number;
}

/**
 * Connects `client`, floods it, and measures over `durationMs` after `warmupMs`: messages per second and this
 * process's CPU time per message (the simulator runs in another process, so that is the client's alone).
 */
export async function measure(
  sim: SimulatorProcess,
  flood: Flood,
  client: StreamClient,
  { warmupMs = 700, durationMs = 2500 } = {},
): Promise<Sample> {
  let count = 0;
  const stop = await client(sim.urls, () => count++);
  await sim.flood(flood.stream, flood.rate, flood.levels);
  await delay(warmupMs);
  const startCount = count;
  const startTime = performance.now();
  const startCpu = process.cpuUsage();
  await delay(durationMs);
  const messages = count - startCount;
  const seconds = (performance.now() - startTime) / 1000;
  const cpu = process.cpuUsage(startCpu);
  await sim.stop();
  stop();
  await delay(200); // let the last buffered frames drain before the next round
  return { perSecond: messages / seconds, cpuPerMessageUs: (cpu.user + cpu.system) / Math.max(1, messages), messages };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
