// The Node entry point (the `node` export condition): sockets come from the `ws` package, which browsers never load.
import { setDefaultSignerFactory } from './signing/createSigner.js';
import { NodeCryptoSigner } from './signing/NodeCryptoSigner.js';
import { setDefaultWebSocketFactory } from './transport/defaultWebSocketFactory.js';
import { NodeWebSocket } from './transport/NodeWebSocket.js';

setDefaultWebSocketFactory((url) => new NodeWebSocket(url));
// node:crypto signs synchronously; WebCrypto's round trip through the thread pool cost more than the signature.
setDefaultSignerFactory((credentials) => new NodeCryptoSigner(credentials));

export * from './index.js';
export { NodeCryptoSigner } from './signing/NodeCryptoSigner.js';
export { NodeWebSocket } from './transport/NodeWebSocket.js';
export {
  credentialsFromEnv,
  type CredentialsEnv,
  type CredentialsFromEnvOptions,
} from './session/credentialsFromEnv.js';
