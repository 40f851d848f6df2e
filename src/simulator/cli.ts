#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BinanceSimulator } from './BinanceSimulator.js';
import { DEFAULT_SYMBOLS } from './market/defaultSymbols.js';
import type { SimulatorOptions } from './SimulatorOptions.js';

const USAGE = `Usage: crypto-exchange-simulator [options]

Starts a Binance-compatible exchange (market streams, REST) on this machine.

Options:
  --port <n>        port to listen on (default 9443; 0 picks a free one)
  --host <addr>     interface to listen on (default 127.0.0.1)
  --symbols <list>  comma-separated symbols, e.g. BTCUSDT,ETHUSDT (default BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT,ETHBTC)
  --seed <n>        seed of the synthetic market, to replay a run (default 1)
  --tick-ms <n>     period of the synthetic market's clock in ms (default 100)
  -h, --help        show this help
`;

/** What the command line asked for: options to start with, or the help text. */
export type CliCommand = { readonly help: true } | { readonly help: false; readonly options: SimulatorOptions };

/**
 * Reads the command line (without the `node` and script entries).
 *
 * @throws TypeError for an unknown option or a value that is not a number where one is needed.
 */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      symbols: { type: 'string' },
      seed: { type: 'string' },
      'tick-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { help: true };
  const symbols = values.symbols?.split(',').map((symbol) => symbol.trim());
  return {
    help: false,
    options: {
      port: integer('--port', values.port ?? '9443'),
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(symbols === undefined ? {} : { symbols }),
      ...(values.seed === undefined ? {} : { seed: integer('--seed', values.seed) }),
      ...(values['tick-ms'] === undefined ? {} : { tickMs: integer('--tick-ms', values['tick-ms']) }),
    },
  };
}

/** Starts the simulator, prints where it listens and how to point the client at it, and stops on Ctrl-C. */
export async function runCli(args: readonly string[]): Promise<void> {
  const command = parseCliArgs(args);
  if (command.help) {
    process.stdout.write(USAGE);
    return;
  }
  const sim = await BinanceSimulator.start(command.options);
  const symbols = (command.options.symbols ?? DEFAULT_SYMBOLS)
    .map((symbol) => (typeof symbol === 'string' ? symbol : symbol.symbol))
    .join(', ');
  process.stdout.write(
    [
      'Binance simulator listening',
      `  market streams  ${sim.wsUrl}  (/ws/<stream>, /stream?streams=<a>/<b>)`,
      `  REST            ${sim.restUrl}`,
      `  WebSocket API   ${sim.wsApiUrl}`,
      `  symbols         ${symbols}`,
      '',
      'Point the client at it:',
      `  export BINANCE_WS_URL=${sim.wsUrl}`,
      `  export BINANCE_API_URL=${sim.restUrl}`,
      `  export BINANCE_WS_API_URL=${sim.wsApiUrl}`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await sim.close();
  process.stdout.write('Simulator stopped.\n');
}

function integer(option: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new TypeError(`${option} expects a non-negative integer, got "${text}"`);
  return Number(text);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  runCli(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 1;
  });
}
