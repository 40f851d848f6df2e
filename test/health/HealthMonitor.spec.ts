import { expect } from 'chai';
import { map, Subject } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { HealthMonitor, type HealthSources } from '../../src/health/HealthMonitor.js';
import type { HealthReport } from '../../src/health/HealthReport.js';
import type { MuxSnapshot } from '../../src/market/StreamMux.js';
import type { LimitsSnapshot } from '../../src/rest/RequestLimits.js';

interface World {
  mux: MuxSnapshot;
  books: { symbol: string; state: 'syncing' | 'live' | 'resyncing'; lastUpdateAt: number | undefined }[];
  sessions: number;
  limits: LimitsSnapshot;
  userData: { userId: string; state: 'idle' | 'subscribing' | 'live' | 'failed'; error?: string }[];
  wsApi: { connected: boolean; reconnects: number; circuit: string } | undefined;
}

function world(): World {
  return {
    mux: { connections: [], streams: [] },
    books: [],
    sessions: 0,
    limits: { weightUsed: 0, weightLimit: 6000, pausedUntil: undefined, bannedUntil: undefined },
    userData: [],
    wsApi: undefined,
  };
}

function sources(w: World): HealthSources {
  return {
    mux: () => w.mux,
    orderBooks: () => w.books,
    sessions: () => w.sessions,
    limits: () => w.limits,
    userData: () => w.userData,
    wsApi: () => w.wsApi,
  };
}

const openSocket = (activity: number) => ({
  connection: 1,
  state: 'open' as const,
  streams: 2,
  reconnects: 0,
  circuit: 'closed',
  activity,
});

describe('HealthMonitor', () => {
  it('is unknown with nothing to judge, and the app is healthy', () => {
    const scheduler = new TestScheduler(() => undefined);
    const monitor = new HealthMonitor(sources(world()), scheduler, 30_000);
    const report = monitor.report();
    expect(report.components.connections.status).to.equal('unknown');
    expect(report.components.app.status).to.equal('healthy');
    expect(report.components.app.details).to.have.property('uptimeMs', 0);
    expect(report.status).to.equal('healthy');
  });

  it('judges each market socket: open and alive is healthy; silent, reconnecting or behind an open circuit is not', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(() => {
      const w = world();
      const monitor = new HealthMonitor(sources(w), scheduler, 4000);
      w.mux = { connections: [openSocket(10)], streams: [] };
      const at = (time: number, work: () => void): void => void scheduler.schedule(work, time);
      at(0, () => expect(monitor.report().components.connections.status).to.equal('healthy'));
      // No frame for more than half the watchdog's limit: degraded, with the age of the last frame.
      at(2500, () => {
        const connections = monitor.report().components.connections;
        expect(connections.status).to.equal('degraded');
        expect(connections.reason).to.match(/silent/);
        expect((connections.details['sockets'] as { lastFrameAgeMs: number }[])[0]?.lastFrameAgeMs).to.equal(2500);
      });
      at(2600, () => {
        w.mux = { connections: [openSocket(11)], streams: [] };
        expect(monitor.report().components.connections.status).to.equal('healthy');
        w.mux = { connections: [{ ...openSocket(11), state: 'reconnecting', activity: undefined }], streams: [] };
        expect(monitor.report().components.connections.status).to.equal('degraded');
        w.mux = {
          connections: [{ ...openSocket(11), state: 'reconnecting', circuit: 'open', activity: undefined }],
          streams: [],
        };
        expect(monitor.report().components.connections.status).to.equal('unhealthy');
        expect(monitor.report().status).to.equal('unhealthy');
      });
    });
  });

  it('flags regular streams that went quiet while their socket is open, not trade streams', () => {
    const scheduler = new TestScheduler(() => undefined);
    scheduler.run(() => {
      const w = world();
      const monitor = new HealthMonitor(sources(w), scheduler, 30_000);
      w.mux = {
        connections: [openSocket(1)],
        streams: [
          { name: 'btcusdt@ticker', kind: 'ticker', frames: 5, connectionOpen: true },
          { name: 'btcusdt@trade', kind: 'trade', frames: 9, connectionOpen: true },
        ],
      };
      scheduler.schedule(() => expect(monitor.report().components.streams.status).to.equal('healthy'), 0);
      scheduler.schedule(() => {
        const streams = monitor.report().components.streams;
        expect(streams.status).to.equal('degraded');
        expect(streams.details['stale']).to.deep.equal([{ name: 'btcusdt@ticker', silentMs: 6000 }]);
      }, 6000);
    });
  });

  it('judges order books, trading limits and user data', () => {
    const scheduler = new TestScheduler(() => undefined);
    const w = world();
    const monitor = new HealthMonitor(sources(w), scheduler, 30_000);
    w.books = [{ symbol: 'BTCUSDT', state: 'live', lastUpdateAt: 0 }];
    expect(monitor.report().components.orderBooks.status).to.equal('healthy');
    w.books.push({ symbol: 'ETHUSDT', state: 'resyncing', lastUpdateAt: 0 });
    expect(monitor.report().components.orderBooks.reason).to.equal('ETHUSDT resyncing');
    w.sessions = 2;
    expect(monitor.report().components.trading.status).to.equal('healthy');
    w.limits = { ...w.limits, weightUsed: 5000 };
    expect(monitor.report().components.trading.status).to.equal('degraded');
    w.limits = { ...w.limits, bannedUntil: 1_000_000 };
    expect(monitor.report().components.trading.status).to.equal('unhealthy');
    w.userData = [{ userId: 'alice', state: 'live' }];
    w.wsApi = { connected: true, reconnects: 0, circuit: 'closed' };
    expect(monitor.report().components.userData.status).to.equal('healthy');
    w.wsApi = { connected: false, reconnects: 1, circuit: 'closed' };
    expect(monitor.report().components.userData.status).to.equal('degraded');
    w.userData = [{ userId: 'alice', state: 'failed', error: 'revoked' }];
    expect(monitor.report().components.userData.reason).to.equal('user data of alice failed: revoked');
  });

  it('health$ emits at once, then only when a status changes', () => {
    const scheduler = new TestScheduler((a, e) => {
      expect(a).to.deep.equal(e);
    });
    scheduler.run(({ expectObservable }) => {
      const w = world();
      const monitor = new HealthMonitor(sources(w), scheduler, 30_000, 1000);
      scheduler.schedule(() => (w.books = [{ symbol: 'BTCUSDT', state: 'syncing', lastUpdateAt: undefined }]), 2500);
      scheduler.schedule(() => (w.books = [{ symbol: 'BTCUSDT', state: 'live', lastUpdateAt: 2600 }]), 4500);
      const statuses = (r: HealthReport): string => r.components.orderBooks.status;
      expectObservable(monitor.health$.pipe(map(statuses)), '^ 6s !').toBe('a 2999ms b 1999ms c', {
        a: 'unknown',
        b: 'degraded',
        c: 'healthy',
      });
    });
  });

  it('health$ also judges at once when told of a change, so an outage shorter than the interval shows', () => {
    const scheduler = new TestScheduler((a, e) => {
      expect(a).to.deep.equal(e);
    });
    scheduler.run(({ expectObservable }) => {
      const w = world();
      w.mux = { connections: [openSocket(1)], streams: [] };
      const changes = new Subject<void>();
      const monitor = new HealthMonitor(sources(w), scheduler, 30_000, 1000, changes);
      const lost = { ...openSocket(1), state: 'reconnecting' as const };
      // Lost at 1200 ms and back at 1300 ms: between two ticks, seen only through the change notices.
      scheduler.schedule(() => {
        w.mux = { connections: [lost], streams: [] };
        changes.next();
      }, 1200);
      scheduler.schedule(() => {
        w.mux = { connections: [openSocket(2)], streams: [] };
        changes.next();
      }, 1300);
      const statuses = (r: HealthReport): string => r.components.connections.status;
      expectObservable(monitor.health$.pipe(map(statuses)), '^ 3s !').toBe('a 1199ms b 99ms c', {
        a: 'healthy',
        b: 'degraded',
        c: 'healthy',
      });
    });
  });
});
