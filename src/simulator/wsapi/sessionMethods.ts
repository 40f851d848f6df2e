import type { TimeConversion } from '../exchange/orderJson.js';
import type { UserDataRouter } from './UserDataRouter.js';
import type { WsApiConnection } from './WsApiConnection.js';
import type { WsApiMethod } from './WsApiMethod.js';

/**
 * `session.logon` (Ed25519 keys only; authenticates the connection as the key's account), `session.status`,
 * `session.logout` (forgets the key and ends the subscriptions `userDataStream.subscribe` made), weight 2 each. Each
 * answers the session's status: `apiKey`, `authorizedSince` (null when not logged on), `connectedSince`,
 * `returnRateLimits`, `serverTime`, `userDataStream` (whether a subscription is active).
 */
export function sessionMethods(context: { readonly router: UserDataRouter }): WsApiMethod[] {
  const { router } = context;
  return [
    {
      name: 'session.logon',
      security: 'NONE',
      weight: 2,
      handle: ({ params, connection, now, time, verify }) => {
        const key = verify({ ed25519Only: true });
        params.assertAllRead();
        connection.logOn(key, now);
        return sessionStatus(connection, now, time);
      },
    },
    {
      name: 'session.status',
      security: 'NONE',
      weight: 2,
      handle: ({ connection, now, time }) => sessionStatus(connection, now, time),
    },
    {
      name: 'session.logout',
      security: 'NONE',
      weight: 2,
      handle: ({ params, connection, now, time }) => {
        params.assertAllRead();
        for (const sub of connection.subscriptions()) if (sub.kind === 'session') router.end(sub);
        connection.logOut();
        return sessionStatus(connection, now, time);
      },
    },
  ];
}

function sessionStatus(connection: WsApiConnection, now: number, time: TimeConversion): Record<string, unknown> {
  const since = connection.authorizedSince;
  return {
    apiKey: connection.sessionKey?.apiKey ?? null,
    authorizedSince: since === undefined ? null : time(since),
    connectedSince: time(connection.openedAt),
    returnRateLimits: connection.options.returnRateLimits,
    serverTime: time(now),
    userDataStream: connection.subscriptions().length > 0,
  };
}
