import { expect } from 'chai';
import { filter, firstValueFrom, type Subscription, timeout } from 'rxjs';
import type { Binance } from '../../src/Binance.js';
import type { HealthComponent, HealthReport, HealthStatus } from '../../src/health/HealthReport.js';
import type { BinanceSimulator } from '../../src/simulator/BinanceSimulator.js';
import { clientOf, firstValues, startSimulator } from './harness.js';

describe('health against the simulator', function () {
  this.timeout(30_000);
  let sim: BinanceSimulator;
  let binance: Binance;
  const subscriptions: Subscription[] = [];

  beforeEach(async () => {
    sim = await startSimulator();
    binance = clientOf(sim, { market: { staleAfterMs: 1500 } });
  });

  afterEach(async () => {
    for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
    binance.close();
    await sim.close();
  });

  /** The next health report in which `component` has `status`. */
  function until(component: HealthComponent, status: HealthStatus, timeoutMs = 10_000): Promise<HealthReport> {
    return firstValueFrom(
      binance.health$.pipe(
        filter((report) => report.components[component].status === status),
        timeout({ first: timeoutMs, with: () => Promise.reject(new Error(`${component} never became ${status}`)) }),
      ),
    );
  }

  it('starts unknown, is healthy once streams flow, and reports the application', async () => {
    expect(binance.health('connections').status).to.equal('unknown');
    subscriptions.push(binance.market.ticker('BTCUSDT').subscribe());
    await firstValues(binance.market.ticker('BTCUSDT'), 1, 'a ticker');
    const report = await until('connections', 'healthy');
    expect(report.components.streams.status).to.equal('healthy');
    expect(report.components.app.details).to.have.property('uptimeMs');
    expect(report.components.app.details).to.have.property('heapUsedBytes');
    expect(() => binance.health('nope' as HealthComponent)).to.throw(TypeError, /Unknown health component/);
  });

  it('turns degraded while a market socket is lost, then healthy again', async () => {
    subscriptions.push(binance.market.trades('BTCUSDT').subscribe());
    await until('connections', 'healthy');
    const degraded = until('connections', 'degraded');
    sim.faults.dropConnections();
    expect((await degraded).components.connections.reason).to.match(/reconnecting|connecting/);
    const healthy = await until('connections', 'healthy');
    const sockets = healthy.components.connections.details['sockets'] as { reconnects: number }[];
    expect(sockets[0]?.reconnects).to.be.at.least(1);
  });

  it('turns degraded when a stalled socket goes silent, and recovers after the watchdog replaces it', async () => {
    subscriptions.push(binance.market.depth('BTCUSDT', 5, { speedMs: 100 }).subscribe());
    await until('connections', 'healthy');
    sim.faults.stall();
    const degraded = await until('connections', 'degraded');
    expect(degraded.components.connections.reason).to.match(/silent|reconnecting|connecting/);
    await until('connections', 'healthy');
  });

  it('flags a stream that went stale while its socket stays open', async () => {
    subscriptions.push(binance.market.diffDepth('BTCUSDT', { speedMs: 100 }).subscribe());
    await until('streams', 'healthy');
    sim.faults.skipFrames({ stream: 'btcusdt@depth@100ms', count: 80 });
    const stale = await until('streams', 'degraded');
    expect(stale.components.streams.details['stale']).to.have.length(1);
    await until('streams', 'healthy');
  });

  it('is unhealthy while the IP is banned (418)', async () => {
    const alice = binance.users.connect('alice', sim.accounts.create({ balances: { USDT: '100' } }).credentials);
    await firstValueFrom(alice.account());
    expect(binance.health('trading').status).to.equal('healthy');
    sim.tradingFaults.forceStatus({ path: '/api/v3/account', status: 418, retryAfterSeconds: 60 });
    await firstValueFrom(alice.account()).catch(() => undefined);
    const trading = binance.health('trading');
    expect(trading.status).to.equal('unhealthy');
    expect(trading.reason).to.match(/banned until/);
  });

  it('reports user data degraded while the WebSocket API reconnects, then healthy', async () => {
    const alice = binance.users.connect(
      'alice',
      sim.accounts.create({ balances: { USDT: '100' }, keyType: 'ED25519' }).credentials,
    );
    subscriptions.push(alice.userData$.subscribe());
    await until('userData', 'healthy');
    const degraded = until('userData', 'degraded');
    sim.faults.dropWsApiConnections();
    await degraded;
    const healthy = await until('userData', 'healthy');
    expect(healthy.components.userData.details['connection']).to.deep.include({ connected: true });
  });
});
