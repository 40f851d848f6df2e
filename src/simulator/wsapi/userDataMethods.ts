import { RestError } from '../rest/RestError.js';
import type { UserDataRouter } from './UserDataRouter.js';
import type { WsApiMethod } from './WsApiMethod.js';

/**
 * The user data stream methods (PROTOCOL §5.1), weight 2 each: `userDataStream.subscribe` (for the account the
 * connection logged on as; -1002 when it did not), `userDataStream.subscribe.signature` (any key type, any number of
 * accounts), both answering `{"subscriptionId":N}` and refusing a second subscription of an account on the connection
 * (-2035); `userDataStream.unsubscribe` (one `subscriptionId`, -2036 when not active, or all); `session.subscriptions`.
 */
export function userDataMethods(context: { readonly router: UserDataRouter }): WsApiMethod[] {
  const { router } = context;
  return [
    {
      name: 'userDataStream.subscribe',
      security: 'NONE',
      weight: 2,
      handle: ({ params, connection }) => {
        params.assertAllRead();
        const key = connection.sessionKey;
        if (key === undefined) throw RestError.unauthorized();
        return { subscriptionId: router.subscribe(connection, key.accountId, key.apiKey, 'session') };
      },
    },
    {
      name: 'userDataStream.subscribe.signature',
      security: 'NONE',
      weight: 2,
      handle: ({ params, connection, verify }) => {
        const key = verify();
        params.assertAllRead();
        return { subscriptionId: router.subscribe(connection, key.accountId, key.apiKey, 'signature') };
      },
    },
    {
      name: 'userDataStream.unsubscribe',
      security: 'NONE',
      weight: 2,
      handle: ({ params, connection }) => {
        const subscriptionId = params.integer('subscriptionId');
        params.assertAllRead();
        if (subscriptionId === undefined) {
          for (const sub of connection.subscriptions()) router.end(sub);
          return {};
        }
        const sub = connection.subscription(subscriptionId);
        if (sub === undefined) throw new RestError(-2036, 'User Data Stream subscription not active.');
        router.end(sub);
        return {};
      },
    },
    {
      name: 'session.subscriptions',
      security: 'NONE',
      weight: 2,
      handle: ({ connection }) => connection.subscriptions().map(({ subscriptionId }) => ({ subscriptionId })),
    },
  ];
}
