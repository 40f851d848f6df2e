import { expect } from 'chai';
import sinon from 'sinon';
import type { Credentials } from '../../src/session/Credentials.js';
import type { SessionConfig } from '../../src/session/SessionConfig.js';
import { UserRegistry } from '../../src/session/UserRegistry.js';
import type { UserSession } from '../../src/session/UserSession.js';

/** A stand-in session: only what the registry touches. */
interface FakeSession {
  readonly userId: string;
  readonly close: sinon.SinonSpy;
}

const credentials = { apiKey: 'key', apiSecret: 'secret' } as unknown as Credentials;

describe('UserRegistry', () => {
  function registry(onClose?: (session: FakeSession) => void) {
    const created: FakeSession[] = [];
    const create = sinon.spy((userId: string): UserSession => {
      const session: FakeSession = { userId, close: sinon.spy(() => onClose?.(session)) };
      created.push(session);
      return session as unknown as UserSession;
    });
    return { users: new UserRegistry(create), create, created };
  }

  it('opens a session per user id with the factory, and finds it again', () => {
    const { users, create } = registry();
    const config: SessionConfig = { recvWindow: 3000 };
    const alice = users.connect('alice', credentials, config);
    const bob = users.connect('bob', credentials);
    expect(create.args).to.deep.equal([
      ['alice', credentials, config],
      ['bob', credentials, undefined],
    ]);
    expect(users.get('alice')).to.equal(alice);
    expect(users.get('bob')).to.equal(bob);
    expect(users.get('carol')).to.equal(undefined);
    expect(users.list()).to.deep.equal(['alice', 'bob']);
  });

  it('refuses an empty user id and a user already connected, without creating a session', () => {
    const { users, create } = registry();
    const alice = users.connect('alice', credentials);
    expect(() => users.connect('', credentials)).to.throw(TypeError, /non-empty/);
    expect(() => users.connect(42 as unknown as string, credentials)).to.throw(TypeError, /non-empty/);
    expect(() => users.connect('alice', credentials)).to.throw(TypeError, /"alice" is already connected/);
    expect(create.callCount).to.equal(1);
    expect(users.get('alice')).to.equal(alice);
  });

  it('registers nothing when the factory throws (malformed credentials)', () => {
    const users = new UserRegistry(() => {
      throw new TypeError('apiKey must be a non-empty string');
    });
    expect(() => users.connect('alice', credentials)).to.throw(TypeError, /apiKey/);
    expect(users.list()).to.deep.equal([]);
  });

  it('disconnect closes the session and forgets it; a user can connect again', () => {
    const { users, created } = registry();
    users.connect('alice', credentials);
    expect(users.disconnect('alice')).to.equal(true);
    expect(created[0]?.close.callCount).to.equal(1);
    expect(users.get('alice')).to.equal(undefined);
    expect(users.disconnect('alice')).to.equal(false);
    expect(users.disconnect('nobody')).to.equal(false);
    const again = users.connect('alice', credentials);
    expect(users.get('alice')).to.equal(again);
    expect(created[1]?.close.callCount).to.equal(0);
  });

  it('disconnectAll closes every session', () => {
    const { users, created } = registry();
    for (const id of ['a', 'b', 'c']) users.connect(id, credentials);
    users.disconnectAll();
    expect(created.map((s) => s.close.callCount)).to.deep.equal([1, 1, 1]);
    expect(users.list()).to.deep.equal([]);
  });

  it('forget drops a session that closed by itself, but never a newer session of the same user', () => {
    const { users, created } = registry();
    const first = users.connect('alice', credentials);
    users.forget(first);
    expect(users.get('alice')).to.equal(undefined);
    expect(created[0]?.close.callCount).to.equal(0); // it closed itself: not closed twice
    const second = users.connect('alice', credentials);
    users.forget(first);
    expect(users.get('alice')).to.equal(second);
  });

  it('copes with a session that reports its own close while being disconnected', () => {
    const holder: { users?: UserRegistry } = {};
    const made = registry((session) => holder.users?.forget(session as unknown as UserSession));
    const { users } = made;
    holder.users = users;
    users.connect('alice', credentials);
    users.connect('bob', credentials);
    users.disconnectAll();
    expect(made.created.map((s) => s.close.callCount)).to.deep.equal([1, 1]);
    expect(users.list()).to.deep.equal([]);
  });
});
