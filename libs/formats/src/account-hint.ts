import type { ImportHints, Platform } from './canonical.js';

export const UNNAMED_ACCOUNT = 'Unnamed account';

export interface HintedAccount {
  accountId: string;
  accountName: string | null;
  /**
   * Why the rows went to this account, when the file's rows do not say it themselves and the upload did not
   * either: read from the file name, or "Unnamed account" (docs/CONTRACT.md, Imports). Shown on the import.
   */
  warning: string | null;
}

/** An account the platform wrote into its default file name (`<page>_content_<epoch>.xls`, `account_<id>_…`). */
export interface AccountInFileName {
  accountId: string;
  accountName: string | null;
  fileName: string;
}

/**
 * The account of an export whose rows do not name it: the upload's `account` field (what a person said wins over
 * what is inferred), else the one the platform wrote into its default file name, else the platform's
 * `Unnamed account` of the workspace. Except for a plain upload field, the import says which and why.
 */
export function accountFromHints(
  hints: ImportHints,
  platform: Platform,
  inFileName: AccountInFileName | null = null,
): HintedAccount {
  const given = hints.account?.trim();
  if (given) return { accountId: given, accountName: given, warning: disagreement(given, inFileName) };
  if (inFileName) return { ...inFileName, warning: fileNameNote(inFileName, platform) };
  return {
    accountId: UNNAMED_ACCOUNT,
    accountName: UNNAMED_ACCOUNT,
    warning: `The file names no ${platform} account and the upload gave none: its rows went to "${UNNAMED_ACCOUNT}". Upload again with the "account" field to file them under the right account.`,
  };
}

function describe({ accountId, accountName }: Omit<AccountInFileName, 'fileName'>): string {
  return accountName && accountName !== accountId ? `"${accountName}" (${accountId})` : `"${accountId}"`;
}

function fileNameNote(inFileName: AccountInFileName, platform: Platform): string {
  return `Rows went to the ${platform} account ${describe(inFileName)}, read from the file name "${inFileName.fileName}" (the rows themselves name no account). A renamed file loses this: keep the platform's file name, or give the "account" field.`;
}

function disagreement(given: string, inFileName: AccountInFileName | null): string | null {
  if (!inFileName || inFileName.accountId.toLowerCase() === given.toLowerCase()) return null;
  return `Rows went to the account "${given}" named by the upload's account field, although the file name "${inFileName.fileName}" names ${describe(inFileName)}.`;
}
