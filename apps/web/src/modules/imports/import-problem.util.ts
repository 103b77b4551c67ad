/** A refusal or failure told the way a person fixes it: what is wrong, then what to do about it. */
export interface ImportProblem {
  problem: string;
  fix: string;
  /** The problem is about the file's format: the list of supported formats helps. */
  aboutFormat: boolean;
}

/** The API lists every format inside its message; the page shows that list from the `formats` query instead. */
const FORMAT_LIST = /\s*(Supported|Valid) formats: [^]*?\.(?=\s+Closest:|\s*$)/;

interface Rule {
  test: RegExp;
  fix: string;
  aboutFormat?: boolean;
}

/** Read in order; the first whose test matches the API's message gives the fix. */
const RULES: readonly Rule[] = [
  {
    test: /is not a supported export|no supported format/i,
    fix: 'Upload the file exactly as the platform exported it (not re-saved or renamed), or pick its format under More options.',
    aboutFormat: true,
  },
  {
    test: /Unknown format/,
    fix: 'Pick a format from the list under More options, or leave it on Auto-detect.',
    aboutFormat: true,
  },
  {
    test: /has no table that/,
    fix: 'Set the format under More options back to Auto-detect, or upload the sheet that holds the report.',
    aboutFormat: true,
  },
  {
    test: /too large \(413\)/,
    fix: 'Export a shorter date range (or fewer columns) and upload the parts one by one.',
  },
  {
    test: /needs a key with the \w+ role|\(403\)/,
    fix: 'Connect with an uploader or owner key to upload exports.',
  },
  {
    test: /currency|periodStart|periodEnd|exportedOn|platform:|account:/,
    fix: 'Correct that field under More options, then upload the file again.',
  },
  {
    test: /no longer in the uploads folder/,
    fix: 'Upload the file again.',
  },
  {
    test: /\((5\d\d)\)/,
    fix: 'The server could not take the file right now: try again in a minute.',
  },
];

const FALLBACK_FIX = 'Check the file, then upload it again.';

/** Splits the API's message into what is wrong and what to do; the formats it lists are left to a disclosure. */
export function explainImportProblem(message: string): ImportProblem {
  const problem = message.replace(FORMAT_LIST, '').trim();
  const rule = RULES.find(({ test }) => test.test(message));
  return { problem, fix: rule?.fix ?? FALLBACK_FIX, aboutFormat: rule?.aboutFormat ?? false };
}
