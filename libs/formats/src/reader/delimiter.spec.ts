import { describe, expect, it } from 'vitest';
import { readSepHint, sniffDelimiter } from './delimiter.js';

describe('readSepHint', () => {
  it("reads Excel's sep= first line", () => {
    expect(readSepHint('sep=;\r\ndate;spend')).toBe(';');
    expect(readSepHint('sep=,\n"Views"')).toBe(',');
    expect(readSepHint('"sep=\t"\n')).toBe('\t');
  });

  it('is null without one', () => expect(readSepHint('date,spend\nsep=;')).toBeNull());
});

describe('sniffDelimiter', () => {
  it('finds a tab-separated file named .csv', () => {
    expect(sniffDelimiter('Day\tCost\tImpr.\n2025-03-01\t"1,020.50"\t10500\n')).toBe('\t');
  });

  it('prefers ; in a decimal-comma file where commas appear on every line', () => {
    expect(sniffDelimiter('date;spend\n2025-03-01;1 020,50\n2025-03-02;3,10\n')).toBe(';');
  });

  it('ignores delimiters inside quotes, quoted newlines included', () => {
    expect(sniffDelimiter('name,spend\n"a;b\nc;d",1\n"e;f",2\n')).toBe(',');
  });

  it('finds the delimiter of the table below a preamble without one', () => {
    const linkedIn =
      'Campaign Performance Report (in UTC)\nReport Start: 3/1/2025, 12:00 AM\n\nStart Date (in UTC)\tTotal Spent\n3/1/2025\t212.40\n3/2/2025\t198.05\n';
    expect(sniffDelimiter(linkedIn)).toBe('\t');
  });

  it('defaults to a comma for a single column', () => expect(sniffDelimiter('date\n2025-03-01\n')).toBe(','));
});
