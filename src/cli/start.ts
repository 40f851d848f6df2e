// `npm start`: a live terminal view of the market, on the embedded simulator unless told to use Binance itself.
import { parseArgs } from 'node:util';
import { Binance } from '../index.node.js';
import { BinanceSimulator } from '../simulator/BinanceSimulator.js';
import { LiveBoard } from './LiveBoard.js';
import { renderBoard } from './renderBoard.js';
import { TradingDemo } from './TradingDemo.js';

const USAGE = `Usage: npm start -- [options]

Shows live tickers, trades and top of book, refreshing in place. Ctrl-C quits.

  --live             use Binance itself (production), not the embedded simulator
  --symbols A,B,C    symbols to show (default BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT)
  --duration <s>     quit after this many seconds (default: run until Ctrl-C)
  --help             this text

BINANCE_WS_URL / BINANCE_API_URL / BINANCE_WS_API_URL also select Binance endpoints instead of the simulator.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      live: { type: 'boolean', default: false },
      symbols: { type: 'string', default: 'BTCUSDT,ETHUSDT,BNBUSDT,SOLUSDT' },
      duration: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const symbols = values.symbols
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const useBinance = values.live || process.env['BINANCE_WS_URL'] !== undefined;
  const simulator = useBinance ? undefined : await BinanceSimulator.start({ symbols });
  const binance = new Binance(
    simulator === undefined
      ? { endpoints: values.live ? 'production' : {} }
      : { endpoints: { restUrl: simulator.restUrl, wsUrl: simulator.wsUrl, wsApiUrl: simulator.wsApiUrl } },
  );
  const source =
    simulator === undefined ? `Binance at ${binance.endpoints.wsUrl}` : `embedded simulator at ${simulator.wsUrl}`;
  const board = new LiveBoard(binance, symbols, source);
  board.start();
  // On the embedded simulator, a demo account trades too: a LIMIT order, a MARKET order, then a cancel.
  let demo: TradingDemo | undefined;
  if (simulator !== undefined && symbols.includes('BTCUSDT')) {
    const { credentials } = simulator.accounts.create({ balances: { USDT: '10000', BTC: '0.1' } });
    demo = new TradingDemo(binance, board, credentials);
    demo.start();
  }

  const tty = process.stdout.isTTY;
  const draw = (): void => {
    const text = renderBoard(board.snapshot(), { color: tty });
    // In a terminal, redraw in place; otherwise (a pipe, a log) print a plain frame now and then.
    process.stdout.write(tty ? `\x1b[H\x1b[2J${text}\n` : `${text}\n\n`);
  };
  if (tty) process.stdout.write('\x1b[?25l'); // hide the cursor while redrawing
  const timer = setInterval(draw, tty ? 250 : 2000);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    draw();
    demo?.stop();
    board.stop();
    binance.close();
    await simulator?.close();
    if (tty) process.stdout.write('\x1b[?25h');
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  if (values.duration !== undefined) setTimeout(() => void stop(), Number(values.duration) * 1000);
}

main().catch((error: unknown) => {
  if (process.stdout.isTTY) process.stdout.write('\x1b[?25h');
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
