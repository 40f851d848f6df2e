import type { TimeConversion } from '../exchange/orderJson.js';
import type { UserDataEvent } from '../exchange/userEvents.js';

/** A user data event with its time fields (`E`, `T`, `O`, `W`, `u` of outboundAccountPosition) in the given unit. */
export function userEventInTimeUnit(event: UserDataEvent, time: TimeConversion): UserDataEvent {
  switch (event.e) {
    case 'executionReport':
      return {
        ...event,
        E: time(event.E),
        T: time(event.T),
        O: time(event.O),
        ...(event.W === undefined ? {} : { W: time(event.W) }),
      };
    case 'outboundAccountPosition':
      return { ...event, E: time(event.E), u: time(event.u) };
    case 'balanceUpdate':
      return { ...event, E: time(event.E), T: time(event.T) };
  }
}
