import { describe, expect, it } from 'vitest';
import { detectFormat, formatById } from './registry.js';
import type { FileHead } from './reader/file-head.js';
import { headWithHeader } from '../test/file-heads.js';

const detectedId = (head: FileHead) => {
  const choice = detectFormat(head);
  return choice.ok ? choice.format.id : choice.message;
};

describe('detectFormat', () => {
  it('tells the paid and organic templates apart', () => {
    expect(detectedId(headWithHeader('date', 'platform', 'account_id', 'spend', 'impressions'))).toBe('tandem-paid');
    expect(detectedId(headWithHeader('Date', 'Platform', 'Account ID', 'Followers'))).toBe('tandem-organic');
  });

  it('names the supported formats and the closest candidates when none fits', () => {
    const choice = detectFormat(headWithHeader('date', 'platform', 'account_id', 'reach'));
    expect(choice).toEqual({
      ok: false,
      message:
        '"upload.csv" is not a supported export (its columns are date, platform, account_id, reach). ' +
        'Supported formats: Tandem paid template (tandem-paid), Tandem organic template (tandem-organic). ' +
        'Closest: Tandem organic template (needs one of the columns followers, impressions, engagements); ' +
        'Tandem paid template (missing columns: spend).',
    });
  });

  it('says that a workbook cannot be read yet', () => {
    const choice = detectFormat({ container: 'xls', fileName: 'page_followers.xls', table: null });
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toMatch(
      /^"page_followers.xls" is not a supported export \(a legacy XLS workbook/,
    );
  });
});

describe('formatById', () => {
  it('finds a format by id', () =>
    expect(formatById('tandem-organic')).toMatchObject({ ok: true, format: { grain: 'organic' } }));

  it('lists the valid ids for an unknown one', () => {
    expect(formatById('meta')).toEqual({
      ok: false,
      message: 'Unknown format "meta". Valid formats: tandem-paid, tandem-organic.',
    });
  });
});
