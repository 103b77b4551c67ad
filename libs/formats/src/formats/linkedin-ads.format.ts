import type { IsoDate, ParseEvent, PaidDailyRow, PaidPeriodRow } from '../canonical.js';
import { accountFromHints, UNNAMED_ACCOUNT, type HintedAccount } from '../account-hint.js';
import { matchHeader } from '../columns.js';
import type { ExportFormat, ParseContext } from '../format.js';
import type { CsvRecord } from '../reader/csv-records.js';
import { parseDay } from '../reader/dates.js';
import { RowCells } from '../row-cells.js';
import {
  addDecimals,
  aliasHeaders,
  FactSums,
  readEntity,
  readMeasures,
  resolveColumns,
  type PaidAliases,
  type RowBasis,
} from './paid-report.js';
import { parseCurrency } from './tandem-template.js';

/**
 * LinkedIn Campaign Manager exports (docs/FORMATS.md §1.3): UTF-16LE, tab-separated despite the `.csv` name, with a
 * 3–5 line preamble; the reader finds the header by its known columns (`Start Date (in UTC)`), never by a fixed
 * skip. Days are `M/D/YYYY` in UTC. The account id is only in the file name (`account_<id>_…`); else the upload's
 * `account` field.
 *
 * Levels: LinkedIn campaigns are the campaign level, creatives (ads) the ad level. Campaign groups are not part
 * of the key, so that a report with group columns and one without key the same campaign; a report at group
 * level only keeps its groups as campaigns (with a warning).
 *
 * The conversion report (one row per entity, day and conversion action, `Conversion Name`, no spend) gives
 * conversions and value only: spend, impressions and clicks stay null, so that the metric-by-metric upsert keeps
 * the performance report's values; its rows of one entity-day are summed.
 */
const COLUMNS = {
  accountName: ['Account Name'],
  currency: ['Currency'],
  campaignId: ['Campaign ID'],
  campaignName: ['Campaign Name'],
  objective: ['Campaign Objective'],
  adId: ['Creative ID', 'Ad ID'],
  adName: ['Creative Name', 'Ad Name'],
  spend: ['Total Spent'],
  impressions: ['Impressions'],
  // `Clicks` counts the objective's chargeable clicks; `Clicks to Landing Page` are link clicks.
  clicks: ['Clicks to Landing Page', 'Clicks'],
  conversions: ['Conversions'],
  revenue: ['Total Conversion Value', 'Conversion Value'],
  reach: ['Reach'],
  videoViews: ['Video Views'],
  // LinkedIn's own total, which includes clicks and social actions.
  engagements: ['Total Engagements'],
} as const satisfies PaidAliases;

const GROUP_COLUMNS = { groupId: ['Campaign Group ID'], groupName: ['Campaign Group Name'] };
const DATE_COLUMNS = { start: ['Start Date (in UTC)'], end: ['End Date (in UTC)'] };
const CONVERSION_COLUMNS = {
  conversionName: ['Conversion Name'],
  postClick: ['Post-Click Conversions'],
  viewThrough: ['View-Through Conversions'],
};
const DAY_PATTERN = 'M/d/yyyy';
const ACCOUNT_IN_FILE_NAME = /(?:^|[\\/])account_(\d+)_[^\\/]*$/i;

export const linkedinAdsFormat: ExportFormat = {
  id: 'linkedin-ads',
  label: 'LinkedIn Campaign Manager report',
  grain: 'paid',
  headers: aliasHeaders(COLUMNS, GROUP_COLUMNS, DATE_COLUMNS, CONVERSION_COLUMNS),
  dimensionHeaders: [
    'Start Date (in UTC)',
    'Account Name',
    'Campaign Group Name',
    'Campaign Group ID',
    'Campaign Name',
    'Campaign ID',
    'Creative Name',
    'Creative ID',
    'Ad ID',
  ],
  detect: (head) => matchHeader(head, { required: ['Start Date (in UTC)'], anyOf: ['Total Spent', 'Conversion Name'] }),
  parse: parseLinkedinAds,
};

async function* parseLinkedinAds(records: AsyncIterable<CsvRecord>, context: ParseContext): AsyncGenerator<ParseEvent> {
  const { header, decimalMark } = context.table;
  const dates = resolveColumns(header.cells, DATE_COLUMNS);
  if (!dates.start) {
    yield { type: 'error', error: { row: header.line, column: null, message: 'missing columns: Start Date (in UTC)' } };
    return;
  }
  const group = resolveColumns(header.cells, GROUP_COLUMNS);
  const conversion = resolveColumns(header.cells, CONVERSION_COLUMNS);
  const isConversionReport = conversion.conversionName !== undefined;
  const found = resolveColumns(header.cells, COLUMNS);
  const groupsAsCampaigns = !found.campaignId && !found.campaignName && (group.groupId || group.groupName);
  const columns = {
    ...found,
    ...(groupsAsCampaigns ? { campaignId: group.groupId, campaignName: group.groupName } : {}),
    // The conversion report's measures are its conversions only (see above).
    ...(isConversionReport ? { spend: undefined, impressions: undefined, clicks: undefined, reach: undefined } : {}),
    ...(isConversionReport ? { videoViews: undefined, engagements: undefined } : {}),
  };

  const account = accountOf(context);
  const sums = isConversionReport ? new FactSums() : null;
  for await (const record of records) {
    const cells = new RowCells(record, decimalMark);
    const start = cells.require(dates.start, (value) => parseDay(value, DAY_PATTERN));
    const end = cells.key(dates.end, (value) => parseDay(value, DAY_PATTERN));
    const basis: RowBasis = {
      platform: 'LINKEDIN',
      accountId: account.accountId,
      // Rows filed under "Unnamed account" keep that name, whatever account name the file gives.
      accountName:
        account.accountId === UNNAMED_ACCOUNT
          ? account.accountName
          : (cells.text(columns.accountName) ?? account.accountName),
      currency: cells.key(columns.currency, parseCurrency),
      tzBasis: 'utc',
    };
    const entity = readEntity(cells, columns, basis);
    const measures = readMeasures(cells, columns, basis.tzBasis);
    if (isConversionReport && !columns.conversions) {
      measures.conversions = addDecimals(
        cells.decimal(conversion.postClick, 'conversions'),
        cells.decimal(conversion.viewThrough, 'conversions'),
      );
    }
    for (const error of cells.errors) yield { type: 'error', error };
    if (start === null || cells.rejected) continue;
    if (end !== null && end < start) {
      const column = dates.end?.header ?? null;
      yield { type: 'error', error: { row: cells.line, column, message: `${column} is before the start date` } };
      continue;
    }
    const row = toRow({ ...entity, ...measures, line: cells.line }, start, end);
    if (sums) sums.add(row);
    else yield { type: 'row', row };
  }
  if (sums) for (const row of sums.drain()) yield { type: 'row', row };

  if (account.warning) yield { type: 'warning', message: account.warning };
  if (groupsAsCampaigns)
    yield {
      type: 'warning',
      message:
        'The report is at campaign-group level: its campaign groups are stored as campaigns. Do not also import a campaign-level report for the same days, or its spend counts twice.',
    };
  if (sums)
    yield {
      type: 'warning',
      message:
        'Conversion report: conversions and conversion value were summed per entity and day over the conversion actions; spend, impressions and clicks come from the performance report.',
    };
}

/** A daily row, or a period row for a report without the Daily time breakdown (start and end days differ). */
function toRow(
  fact: Omit<PaidDailyRow, 'kind' | 'date'>,
  start: IsoDate,
  end: IsoDate | null,
): PaidDailyRow | PaidPeriodRow {
  if (end === null || end === start) return { kind: 'paid', ...fact, date: start };
  return { kind: 'paid-period', ...fact, periodStart: start, periodEnd: end };
}

/** The account id from the file name `account_<id>_…_report.csv`, else the upload's `account` field. */
function accountOf(context: ParseContext): HintedAccount {
  const fromName = ACCOUNT_IN_FILE_NAME.exec(context.fileName)?.[1];
  const inFileName = fromName ? { accountId: fromName, accountName: null, fileName: context.fileName } : null;
  return accountFromHints(context.hints, 'LINKEDIN', inFileName);
}
