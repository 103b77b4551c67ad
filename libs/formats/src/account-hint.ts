import type { ImportHints, Platform } from './canonical.js';

export const UNNAMED_ACCOUNT = 'Unnamed account';

export interface HintedAccount {
  accountId: string;
  accountName: string | null;
  /** Set when the file names no account and the upload did not either (CONTRACT.md, Imports). */
  warning: string | null;
}

/**
 * The account of an export that does not name its own: the upload's `account` field, else the platform's
 * `Unnamed account` of the workspace, with a warning saying so.
 */
export function accountFromHints(hints: ImportHints, platform: Platform): HintedAccount {
  const given = hints.account?.trim();
  if (given) return { accountId: given, accountName: given, warning: null };
  return {
    accountId: UNNAMED_ACCOUNT,
    accountName: UNNAMED_ACCOUNT,
    warning: `The file names no ${platform} account and the upload gave none: its rows went to "${UNNAMED_ACCOUNT}". Upload again with the "account" field to file them under the right account.`,
  };
}
