import type { WsApiMethod } from './WsApiMethod.js';

/** `ping` → `{}` and `time` → `{"serverTime":…}`, weight 1 each (PROTOCOL §4). */
export function generalMethods(): WsApiMethod[] {
  return [
    { name: 'ping', security: 'NONE', weight: 1, handle: () => ({}) },
    { name: 'time', security: 'NONE', weight: 1, handle: ({ now, time }) => ({ serverTime: time(now) }) },
  ];
}
