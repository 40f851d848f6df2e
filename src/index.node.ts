// The Node entry point (the `node` export condition): sockets come from the `ws` package, which browsers never load.
import { setDefaultWebSocketFactory } from './transport/defaultWebSocketFactory.js';
import { NodeWebSocket } from './transport/NodeWebSocket.js';

setDefaultWebSocketFactory((url) => new NodeWebSocket(url));

export * from './index.js';
export { NodeWebSocket } from './transport/NodeWebSocket.js';
export {
  credentialsFromEnv,
  type CredentialsEnv,
  type CredentialsFromEnvOptions,
} from './session/credentialsFromEnv.js';
