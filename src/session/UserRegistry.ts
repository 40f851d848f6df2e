import type { Credentials } from './Credentials.js';
import type { SessionConfig } from './SessionConfig.js';
import type { UserSession } from './UserSession.js';

/**
 * The sessions of a client, one per user id (`binance.users`). Sessions are isolated: each has its own key, signer
 * and order limits; they share only the client's request-weight limit (Binance counts weight per IP).
 *
 * @example
 * ```ts
 * const alice = binance.users.connect('alice', { apiKey, apiSecret });
 * binance.users.get('alice') === alice; // true
 * binance.users.disconnect('alice');    // ends its streams and drops its secrets
 * ```
 */
export class UserRegistry {
  private readonly sessions = new Map<string, UserSession>();

  /** @internal */
  constructor(
    private readonly create: (userId: string, credentials: Credentials, config?: SessionConfig) => UserSession,
  ) {}

  /**
   * Opens a session for `userId`.
   *
   * @throws TypeError when the user id is empty or already connected (disconnect it first), or the credentials are
   * malformed.
   */
  connect(userId: string, credentials: Credentials, config?: SessionConfig): UserSession {
    if (typeof userId !== 'string' || userId === '') throw new TypeError('userId must be a non-empty string');
    if (this.sessions.has(userId))
      throw new TypeError(`User ${JSON.stringify(userId)} is already connected; disconnect it first`);
    const session = this.create(userId, credentials, config);
    this.sessions.set(userId, session);
    return session;
  }

  /** The session of `userId`, if connected. */
  get(userId: string): UserSession | undefined {
    return this.sessions.get(userId);
  }

  /** User ids with an open session. */
  list(): string[] {
    return [...this.sessions.keys()];
  }

  /** Closes the session of `userId`: its streams end and its signer (with the secret) is dropped. */
  disconnect(userId: string): boolean {
    const session = this.sessions.get(userId);
    if (session === undefined) return false;
    this.sessions.delete(userId);
    session.close();
    return true;
  }

  /** Closes every session. */
  disconnectAll(): void {
    for (const userId of [...this.sessions.keys()]) this.disconnect(userId);
  }

  /** @internal A session closed by itself leaves the registry. */
  forget(session: UserSession): void {
    if (this.sessions.get(session.userId) === session) this.sessions.delete(session.userId);
  }
}
