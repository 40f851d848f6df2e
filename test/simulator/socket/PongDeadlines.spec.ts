import { expect } from 'chai';
import sinon from 'sinon';
import { PongDeadlines } from '../../../src/simulator/socket/PongDeadlines.js';

describe('PongDeadlines', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
  });
  afterEach(() => {
    clock.restore();
  });

  it('times out a ping that gets no pong with its payload', () => {
    const onTimeout = sinon.fake();
    const deadlines = new PongDeadlines(100, onTimeout);
    deadlines.sent(Buffer.from('a'));
    deadlines.answered(Buffer.from('other'));
    clock.tick(99);
    sinon.assert.notCalled(onTimeout);
    clock.tick(1);
    sinon.assert.calledOnce(onTimeout);
  });

  it('settles a ping and the ones before it, not the ones after', () => {
    const onTimeout = sinon.fake();
    const deadlines = new PongDeadlines(100, onTimeout);
    deadlines.sent(Buffer.from('a'));
    clock.tick(10);
    deadlines.sent(Buffer.from('b'));
    clock.tick(10);
    deadlines.sent(Buffer.from('c'));
    deadlines.answered(Buffer.from('b'));
    clock.tick(200);
    sinon.assert.calledOnce(onTimeout);
  });

  it('clear() forgets every deadline', () => {
    const onTimeout = sinon.fake();
    const deadlines = new PongDeadlines(100, onTimeout);
    deadlines.sent(Buffer.from('a'));
    deadlines.clear();
    clock.tick(1_000);
    sinon.assert.notCalled(onTimeout);
    expect(clock.countTimers()).to.equal(0);
  });
});
