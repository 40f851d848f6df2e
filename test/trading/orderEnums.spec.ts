import { expect } from 'chai';
import {
  isOneOf,
  OPEN_ORDER_STATUSES,
  ORDER_RESPONSE_TYPES,
  ORDER_SIDES,
  ORDER_STATUSES,
  ORDER_TYPES,
  SELF_TRADE_PREVENTION_MODES,
  SYMBOL_STATUSES,
  TIME_IN_FORCE_VALUES,
} from '../../src/trading/orderEnums.js';

describe('orderEnums', () => {
  it('lists Binance’s values (PROTOCOL §3.10)', () => {
    expect(ORDER_SIDES).to.deep.equal(['BUY', 'SELL']);
    expect(ORDER_TYPES).to.have.members([
      'LIMIT',
      'MARKET',
      'STOP_LOSS',
      'STOP_LOSS_LIMIT',
      'TAKE_PROFIT',
      'TAKE_PROFIT_LIMIT',
      'LIMIT_MAKER',
    ]);
    expect(TIME_IN_FORCE_VALUES).to.deep.equal(['GTC', 'IOC', 'FOK']);
    expect(ORDER_STATUSES).to.have.members([
      'NEW',
      'PENDING_NEW',
      'PARTIALLY_FILLED',
      'FILLED',
      'CANCELED',
      'PENDING_CANCEL',
      'REJECTED',
      'EXPIRED',
      'EXPIRED_IN_MATCH',
    ]);
    expect(SELF_TRADE_PREVENTION_MODES).to.have.members([
      'NONE',
      'EXPIRE_MAKER',
      'EXPIRE_TAKER',
      'EXPIRE_BOTH',
      'DECREMENT',
      'TRANSFER',
    ]);
    expect(ORDER_RESPONSE_TYPES).to.deep.equal(['ACK', 'RESULT', 'FULL']);
    expect(SYMBOL_STATUSES).to.include.members(['TRADING', 'HALT', 'BREAK', 'END_OF_DAY', 'CANCEL_ONLY']);
    expect(OPEN_ORDER_STATUSES).to.have.members(['NEW', 'PARTIALLY_FILLED', 'PENDING_NEW']);
  });

  it('isOneOf builds an exact, case-sensitive guard', () => {
    const isSide = isOneOf(ORDER_SIDES);
    expect(isSide('BUY')).to.equal(true);
    expect(isSide('buy')).to.equal(false);
    expect(isSide(undefined)).to.equal(false);
    expect(isSide('constructor')).to.equal(false);
  });
});
