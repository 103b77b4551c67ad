export type Delimiter = '\t' | ';' | ',';

/** In order of preference when as many lines hold each: tab, then `;`, then `,` (docs/FORMATS.md §0 step 3). */
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const SNIFFED_LINES = 30;

/** Excel's `sep=;` first line (docs/FORMATS.md §0 step 2), or null when the file has none. */
export function readSepHint(text: string): Delimiter | null {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const hint = /^"?sep=(.)"?\s*$/i.exec(firstLine)?.[1];
  return CANDIDATES.find((candidate) => candidate === hint) ?? null;
}

/**
 * The candidate found outside quotes on the most of the first records (a quoted newline does not end one).
 * Counting records rather than occurrences, with ties to the preferred candidate, keeps a decimal-comma
 * file (`2025-03-01;1 020,50;12`) from passing for a comma file.
 */
export function sniffDelimiter(text: string): Delimiter {
  const linesWith = countLinesContaining(text);
  const most = Math.max(0, ...linesWith.values());
  return CANDIDATES.find((candidate) => most > 0 && linesWith.get(candidate) === most) ?? ',';
}

function countLinesContaining(text: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>();
  let seenOnLine = new Set<Delimiter>();
  let inQuotes = false;
  let line = 0;
  const endLine = () => {
    for (const candidate of seenOnLine) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
    seenOnLine = new Set();
    line += 1;
  };
  for (const char of text) {
    if (line >= SNIFFED_LINES) break;
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\n' && !inQuotes) endLine();
    else if (!inQuotes && CANDIDATES.includes(char as Delimiter)) seenOnLine.add(char as Delimiter);
  }
  if (line < SNIFFED_LINES) endLine();
  return counts;
}
