import { describe, expect, it } from 'vitest';
import { explainImportProblem } from './import-problem.util';

describe('explainImportProblem', () => {
  it('says what is wrong first, then the fix, and leaves the list of formats out of the sentence', () => {
    const explained = explainImportProblem(
      '"notes.csv" is not a supported export (a CSV with columns a, b). Supported formats: Tandem paid template (tandem-paid), Google Ads report (google-ads). Closest: Google Ads report (no Campaign column).',
    );
    expect(explained.problem).toBe(
      '"notes.csv" is not a supported export (a CSV with columns a, b). Closest: Google Ads report (no Campaign column).',
    );
    expect(explained.fix).toMatch(/^Upload the file exactly as the platform exported it/);
    expect(explained.aboutFormat).toBe(true);
  });

  it('drops the formats list at the end of a message too', () => {
    const explained = explainImportProblem('Unknown format "x". Valid formats: tandem-paid, google-ads.');
    expect(explained).toEqual({
      problem: 'Unknown format "x".',
      fix: 'Pick a format from the list under More options, or leave it on Auto-detect.',
      aboutFormat: true,
    });
  });

  it('tells a too-large file and a wrong hint how to get through', () => {
    expect(explainImportProblem('The file is too large (413): File is larger than 200 MB').fix).toMatch(
      /shorter date range/,
    );
    const hint = explainImportProblem(
      'The upload was refused (400): currency: must be an ISO 4217 currency code such as USD',
    );
    expect(hint.fix).toBe('Correct that field under More options, then upload the file again.');
    expect(hint.aboutFormat).toBe(false);
  });

  it('falls back to a plain fix for a message it does not know', () => {
    expect(explainImportProblem('Something odd')).toEqual({
      problem: 'Something odd',
      fix: 'Check the file, then upload it again.',
      aboutFormat: false,
    });
  });
});
