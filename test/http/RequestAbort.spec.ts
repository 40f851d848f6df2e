import { expect } from 'chai';
import sinon from 'sinon';
import { RequestAbort } from '../../src/http/RequestAbort.js';

describe('RequestAbort', () => {
  it('calls each abort listener once, with no argument, and reports aborted', () => {
    const abort = new RequestAbort();
    const first = sinon.spy();
    const second = sinon.spy();
    abort.addEventListener('abort', first);
    abort.addEventListener('abort', second);
    expect(abort.aborted).to.equal(false);
    abort.abort();
    abort.abort();
    expect(abort.aborted).to.equal(true);
    sinon.assert.calledOnceWithExactly(first);
    sinon.assert.calledOnceWithExactly(second);
  });

  it('does not call a removed listener, nor listeners of other events, nor one added after the abort', () => {
    const abort = new RequestAbort();
    const removed = sinon.spy();
    const other = sinon.spy();
    abort.addEventListener('abort', removed);
    abort.removeEventListener('abort', removed);
    abort.addEventListener('other', other);
    abort.abort();
    const late = sinon.spy();
    abort.addEventListener('abort', late);
    sinon.assert.notCalled(removed);
    sinon.assert.notCalled(other);
    sinon.assert.notCalled(late);
  });
});
