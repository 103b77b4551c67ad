import type { ExportFormat } from './format.js';
import { tandemOrganicFormat } from './formats/tandem-organic.format.js';
import { tandemPaidFormat } from './formats/tandem-paid.format.js';
import type { FileHead } from './reader/file-head.js';
import { normalizeHeader } from './reader/header-names.js';

/** Every supported format; on equal confidence the earlier one wins (FORMATS.md §7: first match wins). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [tandemPaidFormat, tandemOrganicFormat];

/** All formats' headers, normalised: what the reader looks for to find a header row below a preamble. */
export const KNOWN_HEADERS: ReadonlySet<string> = new Set(
  EXPORT_FORMATS.flatMap((format) => format.headers.map(normalizeHeader)),
);

export type FormatChoice = { ok: true; format: ExportFormat } | { ok: false; message: string };

const MIN_CONFIDENCE = 0.5;
const CLOSEST_SHOWN = 2;

export function detectFormat(head: FileHead): FormatChoice {
  const ranked = EXPORT_FORMATS.map((format) => ({ format, detection: format.detect(head) })).sort(
    (a, b) => b.detection.confidence - a.detection.confidence,
  );
  const best = ranked[0];
  if (best && best.detection.confidence >= MIN_CONFIDENCE) return { ok: true, format: best.format };
  const closest = ranked
    .filter(({ detection }) => detection.confidence > 0)
    .slice(0, CLOSEST_SHOWN)
    .map(({ format, detection }) => `${format.label} (${detection.mismatch})`);
  return {
    ok: false,
    message: [
      `"${head.fileName}" is not a supported export (${describeContent(head)}).`,
      `Supported formats: ${EXPORT_FORMATS.map(describeFormat).join(', ')}.`,
      closest.length > 0 ? `Closest: ${closest.join('; ')}.` : null,
    ]
      .filter((sentence) => sentence !== null)
      .join(' '),
  };
}

/** The format an upload names in its `format` field. */
export function formatById(id: string): FormatChoice {
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === id);
  if (format) return { ok: true, format };
  return {
    ok: false,
    message: `Unknown format "${id}". Valid formats: ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`,
  };
}

function describeFormat(format: ExportFormat): string {
  return `${format.label} (${format.id})`;
}

function describeContent(head: FileHead): string {
  if (head.container === 'zip') return 'an XLSX workbook or zip archive, which no format reads yet';
  if (head.container === 'xls') return 'a legacy XLS workbook, which no format reads yet';
  if (!head.table) return 'the file is empty';
  return `its columns are ${head.table.header.cells.join(', ')}`;
}
