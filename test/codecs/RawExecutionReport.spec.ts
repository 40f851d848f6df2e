import { expect } from 'chai';
import { either } from 'fp-ts';
import {
  EXECUTION_TYPES,
  ExecutionTypeValue,
  ORDER_REJECT_REASONS,
  OrderRejectReasonValue,
  RawExecutionReport,
} from '../../src/codecs/RawExecutionReport.js';
import { parseJsonLossless } from '../../src/internal/parseJsonLossless.js';
import { restCodecTable, restErrorLines } from '../fixtures/rest/restCodecTable.js';
import {
  EXECUTION_REPORT_CONDITIONAL_KEYS,
  userDataEvent,
  userDataFrameText,
} from '../fixtures/userData/userDataFixture.js';

const report = (fields: Record<string, unknown> = {}) => ({ ...userDataEvent('executionReport'), ...fields });

describe('RawExecutionReport', () => {
  restCodecTable(RawExecutionReport, () => userDataEvent('executionReport'), EXECUTION_REPORT_CONDITIONAL_KEYS);

  it('the fixture carries every field of the codec', () => {
    expect(Object.keys(userDataEvent('executionReport'))).to.have.members(Object.keys(RawExecutionReport.fields));
  });

  it("decodes Binance's documented example exactly as it is", () => {
    const payload = userDataEvent('executionReportDocumented');
    const result = RawExecutionReport.decode(payload);
    expect(either.isRight(result) && result.right).to.equal(payload);
  });

  it('accepts a report with none of the conditional fields', () => {
    const payload = userDataEvent('executionReport');
    for (const key of EXECUTION_REPORT_CONDITIONAL_KEYS) Reflect.deleteProperty(payload, key);
    expect(RawExecutionReport.is(payload)).to.equal(true);
  });

  it('tells the case-sensitive keys apart by their types', () => {
    // Each pair: a value only the lower-case key accepts, and one only the upper-case key accepts.
    const pairs: [string, unknown, string, unknown][] = [
      ['c', 'cancelMe', 'C', ''],
      ['n', '0.001', 'N', null],
      ['t', -1, 'T', 1499405658657],
      ['b', 'ONE_PARTY_TRADE_REPORT', 'B', '3.000000'],
      ['a', 1234, 'A', '3.000000'],
      ['p', '0.1', 'P', '0.1'],
      ['q', '1.0', 'Q', '1.0'],
      ['l', '1.0', 'L', '1.0'],
      ['u', 1, 'U', 37],
    ];
    for (const [lower, lowerValue, upper, upperValue] of pairs) {
      expect(RawExecutionReport.is(report({ [lower]: lowerValue, [upper]: upperValue })), lower).to.equal(true);
    }
    expect(restErrorLines(RawExecutionReport, report({ c: '' }))).to.deep.equal([
      'c: expected a non-empty string, got ""',
    ]);
    expect(restErrorLines(RawExecutionReport, report({ n: null }))).to.deep.equal([
      'n: expected a decimal string, got null',
    ]);
    expect(restErrorLines(RawExecutionReport, report({ T: -1 }))).to.deep.equal([
      'T: expected an epoch timestamp, got -1',
    ]);
    expect(restErrorLines(RawExecutionReport, report({ B: 'ONE_PARTY_TRADE_REPORT', A: 1234 }))).to.deep.equal([
      'A: expected a decimal string, got 1234 (or absent)',
      'B: expected a decimal string, got "ONE_PARTY_TRADE_REPORT" (or absent)',
    ]);
    expect(restErrorLines(RawExecutionReport, report({ a: '3.000000' }))).to.deep.equal([
      'a: expected an integer id, got "3.000000" (or absent)',
    ]);
  });

  it('accepts N as null or an asset, and nothing else', () => {
    expect(RawExecutionReport.is(report({ N: 'BNB' }))).to.equal(true);
    expect(RawExecutionReport.is(report({ N: null }))).to.equal(true);
    expect(restErrorLines(RawExecutionReport, report({ N: 0 }))).to.deep.equal([
      'N: expected a string, got 0 (or null)',
    ]);
    const withoutN = report();
    delete withoutN['N'];
    expect(restErrorLines(RawExecutionReport, withoutN)).to.deep.equal([
      'N: expected a string, got undefined (or null)',
    ]);
  });

  it('accepts every known execution type and reject reason, and newer ones as sent', () => {
    for (const x of EXECUTION_TYPES) expect(RawExecutionReport.is(report({ x })), x).to.equal(true);
    for (const r of ORDER_REJECT_REASONS) expect(RawExecutionReport.is(report({ r })), r).to.equal(true);
    const newer = report({ x: 'PARTIAL_AMEND', X: 'PENDING_REPLACE', r: 'SOME_NEW_REASON', o: 'PEGGED', V: 'X_MODE' });
    expect(RawExecutionReport.is(newer)).to.equal(true);
    expect(ExecutionTypeValue.is('trade')).to.equal(false);
    expect(OrderRejectReasonValue.is('')).to.equal(false);
  });

  it('rejects a side other than BUY or SELL (closed enum)', () => {
    expect(restErrorLines(RawExecutionReport, report({ S: 'buy' }))).to.deep.equal([
      'S: expected one of BUY, SELL, got "buy"',
    ]);
  });

  it('accepts the -1 sentinels: orderListId, tradeId, workingTime and trailingTime of an untriggered stop', () => {
    expect(RawExecutionReport.is(report({ g: -1, t: -1, W: -1, D: -1 }))).to.equal(true);
  });

  it('keeps ids beyond 2^53 exact, as bigints, and rejects one that lost precision', () => {
    const text = userDataFrameText('executionReport').replace('"i": 4293153', '"i": 1152921504606846977');
    const exact = (parseJsonLossless(text) as { event: unknown }).event;
    expect(RawExecutionReport.is(exact)).to.equal(true);
    expect((exact as { i: unknown }).i).to.equal(2n ** 60n + 1n);
    const rounded = (JSON.parse(text) as { event: unknown }).event;
    expect(restErrorLines(RawExecutionReport, rounded)).to.deep.equal([
      'i: expected an integer id, got 1152921504606847000',
    ]);
  });

  it('reports every bad field, not only the first', () => {
    expect(restErrorLines(RawExecutionReport, report({ e: 'trade', q: 1, x: 'trade', w: 'true' }))).to.deep.equal([
      'e: expected "executionReport", got "trade"',
      'q: expected a decimal string, got 1',
      'x: expected an upper-case enum value such as NEW or CANCELED, got "trade"',
      'w: expected a boolean, got "true"',
    ]);
  });
});
