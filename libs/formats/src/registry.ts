import type { ExportFormat } from './format.js';
import { facebookPageInsightsFormat } from './formats/facebook-page-insights.format.js';
import { facebookPostInsightsFormat } from './formats/facebook-post-insights.format.js';
import { googleAdsFormat } from './formats/google-ads.format.js';
import { linkedinAdsFormat } from './formats/linkedin-ads.format.js';
import {
  linkedinPageContentFormat,
  linkedinPageFollowersFormat,
  linkedinPageVisitorsFormat,
} from './formats/linkedin-page.format.js';
import { metaAdsManagerFormat } from './formats/meta-ads-manager.format.js';
import { metaBusinessSuiteAudienceFormat } from './formats/meta-business-suite-audience.format.js';
import { facebookPostsFormat, instagramPostsFormat } from './formats/meta-business-suite-posts.format.js';
import { metaBusinessSuiteSeriesFormat } from './formats/meta-business-suite-series.format.js';
import { pinterestAdsFormat } from './formats/pinterest-ads.format.js';
import { snapchatAdsFormat } from './formats/snapchat-ads.format.js';
import { tiktokAdsFormat } from './formats/tiktok-ads.format.js';
import { tandemOrganicFormat } from './formats/tandem-organic.format.js';
import { tandemPaidFormat } from './formats/tandem-paid.format.js';
import {
  tiktokStudioContentFormat,
  tiktokStudioFollowersFormat,
  tiktokStudioOverviewFormat,
} from './formats/tiktok-studio.format.js';
import { xAdsFormat } from './formats/x-ads.format.js';
import { xDailyActivityFormat, xPostActivityFormat } from './formats/x-post-activity.format.js';
import { youtubeStudioFormat } from './formats/youtube-studio.format.js';
import type { FileHead } from './reader/file-head.js';
import { normalizeHeader } from './reader/header-names.js';

/**
 * Every supported format; on equal confidence the earlier one wins (docs/FORMATS.md §7: first match wins). Each one's
 * signature and column mapping: docs/formats.md.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  tandemPaidFormat,
  tandemOrganicFormat,
  metaBusinessSuiteSeriesFormat,
  metaAdsManagerFormat,
  facebookPostsFormat,
  instagramPostsFormat,
  facebookPageInsightsFormat,
  facebookPostInsightsFormat,
  // Below any real fit (it only refuses audience snapshots), so it comes last among the Meta formats.
  metaBusinessSuiteAudienceFormat,
  googleAdsFormat,
  linkedinAdsFormat,
  tiktokAdsFormat,
  xAdsFormat,
  pinterestAdsFormat,
  snapchatAdsFormat,
  xPostActivityFormat,
  xDailyActivityFormat,
  linkedinPageContentFormat,
  linkedinPageFollowersFormat,
  linkedinPageVisitorsFormat,
  youtubeStudioFormat,
  tiktokStudioOverviewFormat,
  tiktokStudioFollowersFormat,
  tiktokStudioContentFormat,
];

/** All formats' headers, normalised: what the reader looks for to find a header row below a preamble. */
export const KNOWN_HEADERS: ReadonlySet<string> = new Set(
  EXPORT_FORMATS.flatMap((format) => format.headers.map(normalizeHeader)),
);

export type FormatChoice = { ok: true; format: ExportFormat } | { ok: false; message: string };

const MIN_CONFIDENCE = 0.5;
/** Of a file no format reads, the columns (sheets, zip entries) its message lists, and the characters shown of each. */
const NAMES_SHOWN = 30;
const NAME_CHARS_SHOWN = 60;
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
  if (head.container === 'zip') {
    const names = head.entries.map((entry) => entry.name);
    return names.length > 0 ? `a zip archive of ${listNames(names)}` : 'an empty zip archive';
  }
  if (head.container === 'workbook') {
    const sheets = listNames(head.sheets.map((sheet) => sheet.name));
    const columns = head.table
      ? `; sheet "${head.tableName}" has the columns ${listNames(head.table.header.cells)}`
      : '';
    return `a workbook with the sheets ${sheets}${columns}`;
  }
  if (!head.table) return 'the file is empty';
  return `its columns are ${listNames(head.table.header.cells)}`;
}

/** Names as a message lists them: a hostile header (100,000 columns, a 1 MB cell) must not make a 1 MB message. */
function listNames(names: readonly string[]): string {
  const shown = names
    .slice(0, NAMES_SHOWN)
    .map((name) => (name.length > NAME_CHARS_SHOWN ? `${name.slice(0, NAME_CHARS_SHOWN)}…` : name));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more.toLocaleString('en')} more` : shown.join(', ');
}
