import { describe, expect, it } from 'vitest';
import { describeImportChanges, describeImportRows, type ImportChanges } from './import-changes.util';

const none: ImportChanges = {
  rowsInserted: 0,
  rowsRestated: 0,
  rowsUnchanged: 0,
  daysTouched: 0,
  spend: 0,
  conversions: 0,
  revenue: 0,
  impressions: 0,
  engagements: 0,
};

describe('describeImportChanges', () => {
  it('says a restating export’s days and what moved, signed, money to the cent', () => {
    const changes = { ...none, rowsRestated: 40, rowsUnchanged: 2, daysTouched: 28, conversions: 41, spend: -12.5 };
    expect(describeImportChanges(changes)).toBe('Restated 28 days: spend -12.50, conversions +41');
    expect(describeImportRows(changes)).toBe('0 new, 40 restated, 2 unchanged');
  });

  it('says a first upload added its days, and a mixed one both', () => {
    expect(describeImportChanges({ ...none, rowsInserted: 6, daysTouched: 3, spend: 60, impressions: 6000 })).toBe(
      'Added 3 days: spend +60.00, impressions +6,000',
    );
    expect(describeImportChanges({ ...none, rowsInserted: 1, rowsRestated: 1, daysTouched: 1, revenue: 0.5 })).toBe(
      'Added and restated 1 day: revenue +0.50',
    );
  });

  it('says when nothing changed, and when rows changed values no total counts', () => {
    expect(describeImportChanges({ ...none, rowsUnchanged: 6 })).toBe(
      'Changed nothing: every row was already stored as it is',
    );
    expect(describeImportChanges(none)).toBe('Changed nothing');
    expect(describeImportChanges({ ...none, rowsRestated: 2, daysTouched: 2 })).toBe('Restated 2 days: no total moved');
  });
});
