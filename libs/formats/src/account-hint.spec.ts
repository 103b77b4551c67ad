import { describe, expect, it } from 'vitest';
import { accountFromHints, UNNAMED_ACCOUNT } from './account-hint.js';

describe('accountFromHints', () => {
  it("uses the upload's account field", () => {
    expect(accountFromHints({ account: ' 5081234 ' }, 'LINKEDIN')).toEqual({
      accountId: '5081234',
      accountName: '5081234',
      warning: null,
    });
  });

  it('falls back to the unnamed account with a warning naming the platform', () => {
    const hinted = accountFromHints({}, 'INSTAGRAM');
    expect(hinted.accountId).toBe(UNNAMED_ACCOUNT);
    expect(hinted.warning).toMatch(/INSTAGRAM.*account/);
  });
});
