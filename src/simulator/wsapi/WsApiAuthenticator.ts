import type { AccountRegistry, ApiKeyRecord } from '../exchange/AccountRegistry.js';
import { checkTiming, lookUpApiKey, readTiming, verifySignature } from '../exchange/createSecurityCheck.js';
import { invalidSignature } from '../exchange/signedPayload.js';
import type { ParamReader } from '../rest/ParamReader.js';
import type { WsApiConnection } from './WsApiConnection.js';
import { wsApiPayload } from './wsApiPayload.js';

/**
 * The WebSocket API's request security (PROTOCOL §3.3–3.5, §4), as strict as REST's: `apiKey` (-1102 when missing,
 * -2014 malformed, -2015 unknown or revoked), `timestamp` (-1102) and `recvWindow` as on REST, `signature` (-1102 when
 * missing) over the sorted, unencoded parameters (-1022 when it does not verify), then the time window (-1021).
 */
export class WsApiAuthenticator {
  constructor(private readonly registry: AccountRegistry) {}

  /**
   * Verifies credentials sent with the request. `ed25519Only` (for `session.logon`) refuses other key types with
   * -1022, as Binance does: it verifies the signature as Ed25519's.
   */
  explicit(
    params: ParamReader,
    values: ReadonlyMap<string, string>,
    now: number,
    options: { readonly ed25519Only?: boolean } = {},
  ): ApiKeyRecord {
    const key = lookUpApiKey(this.registry, params.requiredString('apiKey'));
    const timing = readTiming(params);
    const signature = params.requiredString('signature');
    if (options.ed25519Only === true && key.type !== 'ED25519') throw invalidSignature();
    if (!verifySignature(key, wsApiPayload(values), signature)) throw invalidSignature();
    checkTiming(timing, now);
    return key;
  }

  /**
   * A SIGNED request: explicit credentials when the request carries `apiKey` or `signature` (they override the
   * session's, as on Binance), else the key the connection logged on with, with `timestamp` still required.
   */
  signed(
    params: ParamReader,
    values: ReadonlyMap<string, string>,
    connection: WsApiConnection,
    now: number,
  ): ApiKeyRecord {
    const session = connection.sessionKey;
    if (session === undefined || params.has('apiKey') || params.has('signature')) {
      return this.explicit(params, values, now);
    }
    const key = lookUpApiKey(this.registry, session.apiKey);
    checkTiming(readTiming(params), now);
    return key;
  }
}
