import * as assert from 'node:assert/strict';
import { findLikelyDuplicate, normalizeForMatch } from '../../../../src/core/todo/todoDuplicates';
import { anIssue } from '../../builders';

describe('todoDuplicates', () => {
  const issues = [
    anIssue({ number: 44, title: 'Cache shipping rates for 5 minutes' }),
    anIssue({ number: 19, title: 'Address autocomplete for UK postcodes', state: 'closed' }),
    anIssue({ number: 3, title: 'Fix it' }),
    anIssue({ number: 45, title: 'Print stylesheet for the order confirmation page' }),
  ];

  it('normalises case, accents, punctuation and spacing', () => {
    assert.equal(normalizeForMatch('  Café — “Cache”   RATES (5 min.)! '), 'cafe cache rates 5 min');
  });

  it('finds the open issue whose title the TODO repeats', () => {
    assert.equal(findLikelyDuplicate('cache shipping rates for 5 minutes.', issues)?.number, 44);
  });

  it('finds it when the TODO adds detail after a separator', () => {
    assert.equal(findLikelyDuplicate('Cache shipping rates for 5 minutes; the rates API allows 50 requests/s', issues)?.number, 44);
    assert.equal(findLikelyDuplicate('Print stylesheet for the order confirmation page - hide the nav', issues)?.number, 45);
  });

  it('ignores closed issues, very short titles and mere overlaps', () => {
    assert.equal(findLikelyDuplicate('Address autocomplete for UK postcodes', issues), null);
    assert.equal(findLikelyDuplicate('fix it', issues), null);
    assert.equal(findLikelyDuplicate('Cache shipping rates', issues), null);
    assert.equal(findLikelyDuplicate('', issues), null);
  });
});
