import { describe, expect, it } from 'vitest';
import { normalizeHeader } from './header-names.js';

describe('normalizeHeader', () => {
  it('ignores case, spaces versus underscores and extra whitespace', () => {
    expect(normalizeHeader('Account ID')).toBe('account id');
    expect(normalizeHeader(' account_id ')).toBe('account id');
    expect(normalizeHeader('NEW  FOLLOWERS')).toBe('new followers');
  });

  it('strips a currency suffix', () => expect(normalizeHeader('Amount spent (USD)')).toBe('amount spent'));
});
