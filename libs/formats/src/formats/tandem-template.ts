import { PLATFORMS, type IsoDate, type Platform } from '../canonical.js';
import type { ColumnMap } from '../columns.js';
import { CellValueError } from '../reader/cell-value-error.js';
import { parseDay } from '../reader/dates.js';
import type { RowCells } from '../row-cells.js';
import { remembering } from '../reader/remembering.js';

/** What both Tandem templates (paid and organic) share: the columns that say whose day a row is. */
export const TANDEM_KEY_HEADERS = ['date', 'platform', 'account_id'] as const;
export type TandemKeyColumns = ColumnMap<(typeof TANDEM_KEY_HEADERS)[number], 'account_name'>;

export interface TandemKey {
  date: IsoDate;
  platform: Platform;
  accountId: string;
  accountName: string | null;
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/**
 * A template row: its metrics with its day, platform and account, or null when one of those is missing or wrong
 * (the errors are recorded either way). The key is read first so that its errors come first.
 */
export function readTandemRow<Metrics extends object>(
  cells: RowCells,
  columns: TandemKeyColumns,
  readMetrics: () => Metrics,
): (Metrics & TandemKey) | null {
  const key = readTandemKey(cells, columns);
  const metrics = readMetrics();
  // Not a spread: this runs for every row, and spreading a row costs several times more.
  return key && Object.assign(metrics, key);
}

function readTandemKey(cells: RowCells, columns: TandemKeyColumns): TandemKey | null {
  const date = cells.require(columns.date, parseIsoDay);
  const platform = cells.require(columns.platform, parsePlatform);
  const accountId = cells.require(columns.account_id, asText);
  if (date === null || platform === null || accountId === null) return null;
  return { date, platform, accountId, accountName: cells.text(columns.account_name) };
}

const parseIsoDay = (value: string) => parseDay(value, 'yyyy-MM-dd');
const asText = (value: string) => value;

/** `FACEBOOK`, `facebook`, `Google Ads`, `google_ads` and `google-ads` all name a `Platform`. */
export const parsePlatform = remembering(readPlatform);

/** An ISO 4217 code, in any case, e.g. `usd`. */
export const parseCurrency = remembering(readCurrency);

function readPlatform(value: string): Platform {
  const name = value
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '_');
  const platform = PLATFORMS.find((candidate) => candidate === name);
  if (!platform) throw new CellValueError(`"${value}" is not one of ${PLATFORMS.join(', ')}`);
  return platform;
}

function readCurrency(value: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !KNOWN_CURRENCIES.has(code)) {
    throw new CellValueError(`"${value}" is not an ISO 4217 currency code such as USD or EUR`);
  }
  return code;
}
