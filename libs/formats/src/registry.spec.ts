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
    expect(choice.ok).toBe(false);
    const message = choice.ok ? '' : choice.message;
    expect(message).toMatch(
      /^"upload\.csv" is not a supported export \(its columns are date, platform, account_id, reach\)\. Supported formats: Tandem paid template \(tandem-paid\), Tandem organic template \(tandem-organic\), /,
    );
    expect(message).toMatch(
      / Closest: Tandem organic template \(needs one of the columns followers, impressions, engagements\); /,
    );
  });

  it('names the sheets of a workbook and the entries of a zip that no format reads', () => {
    const workbook = detectFormat({
      container: 'workbook',
      fileName: 'page_followers.xls',
      workbookType: 'xls',
      sheets: [{ name: 'Sheet1', table: null }],
      tableName: null,
      table: null,
    });
    expect(!workbook.ok && workbook.message).toMatch(
      /^"page_followers.xls" is not a supported export \(a workbook with the sheets Sheet1\)/,
    );
    const zip = detectFormat({
      container: 'zip',
      fileName: 'export.zip',
      entries: [{ name: 'notes.txt', size: 3, text: null }],
      tableName: null,
      table: null,
    });
    expect(!zip.ok && zip.message).toMatch(/^"export.zip" is not a supported export \(a zip archive of notes.txt\)/);
  });
});

describe('formatById', () => {
  it('finds a format by id', () =>
    expect(formatById('tandem-organic')).toMatchObject({ ok: true, format: { grain: 'organic' } }));

  it('lists the valid ids for an unknown one', () => {
    const choice = formatById('meta');
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toMatch(
      /^Unknown format "meta"\. Valid formats: tandem-paid, tandem-organic, /,
    );
  });
});
