import { expect } from 'chai';
import { marketBuyCost, marketSellQuantity } from '../../../src/simulator/exchange/estimateFill.js';
import { SymbolUnits } from '../../../src/simulator/exchange/SymbolUnits.js';
import { OrderBook } from '../../../src/simulator/market/OrderBook.js';
import { SymbolRules } from '../../../src/simulator/market/SymbolRules.js';

const rules = SymbolRules.from({
  symbol: 'QUIETUSDT',
  baseAsset: 'QUIET',
  quoteAsset: 'USDT',
  initialPrice: '2.5000',
  tickSize: '0.0001',
  stepSize: '0.1',
});
const units = new SymbolUnits(rules, 8, 8);
const ONE = 100_000_000n;

describe('estimateFill', () => {
  const book = new OrderBook({ stepSize: rules.stepSize });
  book.add({ orderId: 1, owner: 'm', side: 'SELL', price: 250_000_000n, quantity: 10n * ONE });
  book.add({ orderId: 2, owner: 'm', side: 'SELL', price: 260_000_000n, quantity: 10n * ONE });
  book.add({ orderId: 3, owner: 'm', side: 'BUY', price: 200_000_000n, quantity: 5n * ONE });
  book.add({ orderId: 4, owner: 'm', side: 'BUY', price: 190_000_000n, quantity: 5n * ONE });

  it('prices a market buy level by level, counting only what the book holds', () => {
    expect(marketBuyCost(book, units, 15n * ONE)).to.equal(38n * ONE);
    expect(marketBuyCost(book, units, 30n * ONE)).to.equal(51n * ONE);
  });

  it('sizes a market sell for a quote amount, as the matcher would execute it', () => {
    expect(marketSellQuantity(book, units, 8n * ONE)).to.equal(4n * ONE);
    // 5 at 2.0 give 10; the 1.9 left buy 1.0 (0.95 in steps of 0.1 → 1.0 at 1.9 = 1.9).
    expect(marketSellQuantity(book, units, (119n * ONE) / 10n)).to.equal(6n * ONE);
    expect(marketSellQuantity(book, units, 100n * ONE)).to.equal(10n * ONE);
  });
});
