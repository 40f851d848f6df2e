import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import type { SimulatorCommand } from './simulatorChild.js';

/** The URLs of the benchmark's simulator. */
export interface SimulatorUrls {
  readonly wsUrl: string;
  readonly restUrl: string;
  readonly wsApiUrl: string;
}

/** Drives the simulator child process of the benchmark. */
export class SimulatorProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly urls: SimulatorUrls,
  ) {}

  /** Starts the simulator in a child process and waits until it listens. */
  static async start(): Promise<SimulatorProcess> {
    const child = fork(new URL('./simulatorChild.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
    const [ready] = (await once(child, 'message')) as [SimulatorUrls & { type: string }];
    return new SimulatorProcess(child, ready);
  }

  /** Starts flooding `stream` to every connection subscribed to it. */
  async flood(stream: string, rate: number | 'max', levels?: number): Promise<void> {
    await this.command(
      levels === undefined ? { type: 'flood', stream, rate } : { type: 'flood', stream, rate, levels },
    );
  }

  /** Stops the flood. */
  async stop(): Promise<void> {
    await this.command({ type: 'stop' });
  }

  /** Opens a funded HMAC account and returns its credentials. */
  async account(): Promise<{ apiKey: string; apiSecret: string }> {
    const answered = once(this.child, 'message') as Promise<[{ credentials: { apiKey: string; apiSecret: string } }]>;
    this.child.send({ type: 'account' } satisfies SimulatorCommand);
    const [{ credentials }] = await answered;
    return credentials;
  }

  /** Closes the simulator and waits for its process to end. */
  async close(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.send({ type: 'close' } satisfies SimulatorCommand);
    await exited;
  }

  private async command(command: SimulatorCommand): Promise<void> {
    const answered = once(this.child, 'message');
    this.child.send(command);
    await answered;
  }
}
