import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBytes } from '../../../libs/formats/test/zip-bytes.js';
import { FIXTURES, TEST_MODES, TestApp, type ImportResult, type UploadFile } from './support/test-app.js';

/**
 * The hostile-input corpus (docs/HOSTILE-INPUT.md): one file per hazard through the real upload pipeline, the
 * dry run and the import, each outcome asserted exactly; a failed import leaves no facts, and the server answers a
 * GraphQL query right after each. Small files are in test/fixtures/hostile (`make-fixtures.mjs`); the large ones
 * are made here.
 */
const MEGABYTE = 1024 * 1024;
/** Heap growth allowed while the api reads a 20 MB line or 100,000 columns: the upload itself is 20 MB. */
const HEAP_GROWTH_BOUND_MB = 64;
const HEADER = 'date,platform,account_id,currency,campaign_id,campaign_name,spend,revenue';
const MAY = { from: '2026-05-01', to: '2026-05-31' };

type ExpectedError = { row: number | null; column: string | null; message: string | RegExp };

interface Hazard {
  name: string;
  file: () => UploadFile;
  fields?: Record<string, string>;
  status: 'COMPLETED' | 'COMPLETED_WITH_ERRORS' | 'FAILED';
  rowsImported: number;
  errors: ExpectedError[];
  /** May's paid spend once imported (null: nothing stored). */
  spend: number | null;
  /** Heap growth is measured, printed and bounded. */
  measureMemory?: boolean;
}

const fixture = (name: string): UploadFile => ({
  name,
  content: readFileSync(path.join(FIXTURES, 'hostile', name)),
});
const text = (name: string, content: string): UploadFile => ({ name, content: Buffer.from(content) });
const row = (day: string, campaign: string, spend: string, name = `Campaign ${campaign}`) =>
  `${day},FACEBOOK,act_1,USD,${campaign},${name},${spend},`;
const LINE_TOO_LONG = /^The file cannot be read from line 3 on: the row is longer than 1,048,576 characters/;
const YOUTUBE_ZIP = 'Content 2026-05-01_2026-05-31 Northwind.zip';

/** A file refused whole, before any row: one error naming the file, nothing stored. */
const refused = (
  name: string,
  file: () => UploadFile,
  message: string | RegExp,
  options: Partial<Hazard> = {},
): Hazard => ({
  name,
  file,
  status: 'FAILED',
  rowsImported: 0,
  errors: [{ row: null, column: null, message }],
  spend: null,
  ...options,
});

const hazards: Hazard[] = [
  refused('empty file', () => fixture('empty.csv'), /^"empty\.csv" is not a supported export \(the file is empty\)/),
  {
    name: 'header only',
    file: () => fixture('header-only.csv'),
    status: 'COMPLETED',
    rowsImported: 0,
    errors: [],
    spend: null,
  },
  {
    name: 'Latin-1 without BOM',
    file: () => fixture('latin1.csv'),
    status: 'COMPLETED',
    rowsImported: 1,
    errors: [],
    spend: 10,
  },
  {
    name: 'UTF-16LE without BOM',
    file: () => fixture('utf16le-no-bom.csv'),
    status: 'COMPLETED',
    rowsImported: 2,
    errors: [],
    spend: 15.5,
  },
  {
    name: 'UTF-16BE without BOM',
    file: () => fixture('utf16be-no-bom.csv'),
    status: 'COMPLETED',
    rowsImported: 2,
    errors: [],
    spend: 15.5,
  },
  {
    name: 'mixed line endings',
    file: () => fixture('mixed-line-endings.csv'),
    status: 'COMPLETED',
    rowsImported: 4,
    errors: [],
    spend: 10,
  },
  {
    name: 'truncated mid-row',
    file: () => fixture('truncated-mid-row.csv'),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [
      {
        row: 3,
        column: 'spend',
        message:
          'The file ends inside this row, after 6 of its 8 columns: it looks cut short, so the row is not imported',
      },
    ],
    spend: 10,
  },
  {
    name: 'unterminated quote',
    file: () => fixture('unterminated-quote.csv'),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [
      {
        row: 3,
        column: 'campaign_name',
        message: /^The file cannot be read from line 3 on: a quoted cell never closes its quote/,
      },
    ],
    spend: 10,
  },
  refused(
    'binary renamed .csv',
    () => fixture('binary.csv'),
    '"binary.csv" is not a text file (CSV or TSV), a workbook or a zip archive: its first bytes are binary.',
  ),
  refused(
    'zip bomb whose directory owns up',
    () => ({
      name: YOUTUBE_ZIP,
      content: zipBytes([{ name: 'Totals.csv', content: 'Date,Views\n', claimedSize: 300 * MEGABYTE }]),
    }),
    `"Totals.csv" in "${YOUTUBE_ZIP}" is larger than 200 MB once unpacked.`,
  ),
  refused(
    'zip bomb whose directory lies',
    () => ({
      name: YOUTUBE_ZIP,
      content: zipBytes([
        { name: 'Totals.csv', content: `Date,Views\n2026-05-01,${'0'.repeat(50 * MEGABYTE)}\n`, claimedSize: 100 },
      ]),
    }),
    /^".+\.zip" is not a readable zip archive: .*too many bytes/,
  ),
  refused(
    'zip path traversal',
    () => ({
      name: YOUTUBE_ZIP,
      content: zipBytes([{ name: '../../etc/Totals.csv', content: 'Date,Views\n2026-05-01,1\n' }]),
    }),
    `"${YOUTUBE_ZIP}" is not a readable zip archive: invalid relative path: ../../etc/Totals.csv.`,
  ),
  refused(
    '100,000 columns',
    () =>
      text(
        'wide.csv',
        `${HEADER},${Array.from({ length: 100_000 }, (_, index) => `x${index}`).join(',')}\n${row('2026-05-01', 'c1', '1.00')}\n`,
      ),
    'Line 1 of "wide.csv" has 100,008 columns; no export has more than 16,384 (Excel\'s most), so the file is not read.',
    { measureMemory: true },
  ),
  {
    name: 'a 20 MB line',
    file: () =>
      text(
        'long-line.csv',
        [
          HEADER,
          row('2026-05-01', 'c1', '10.00'),
          `2026-05-02,${'x,'.repeat(10 * MEGABYTE)}`,
          row('2026-05-03', 'c1', '5'),
        ].join('\n'),
      ),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [{ row: 3, column: expect.stringMatching(/^column \d+$/) as unknown as string, message: LINE_TOO_LONG }],
    spend: 10,
    measureMemory: true,
  },
  {
    name: 'a 20 MB cell',
    file: () =>
      text(
        'long-cell.csv',
        [HEADER, row('2026-05-01', 'c1', '10.00'), row('2026-05-02', 'c2', '20.00', 'x'.repeat(20 * MEGABYTE))].join(
          '\n',
        ),
      ),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [{ row: 3, column: 'campaign_name', message: LINE_TOO_LONG }],
    spend: 10,
    measureMemory: true,
  },
  {
    name: 'a 100,000-character cell',
    file: () =>
      text(
        'long-name.csv',
        [
          HEADER,
          row('2026-05-01', 'c1', '10.00'),
          row('2026-05-02', 'c2', '20.00', 'x'.repeat(100_000)),
          row('2026-05-03', 'c1', '5.00'),
        ].join('\n'),
      ),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 2,
    errors: [
      {
        row: 3,
        column: 'campaign_name',
        message: 'campaign_name holds 100,000 characters, over the limit of 65,536: the file looks broken',
      },
    ],
    spend: 15,
  },
  {
    name: 'duplicated headers',
    file: () => fixture('duplicated-headers.csv'),
    status: 'FAILED',
    rowsImported: 0,
    errors: [
      {
        row: 1,
        column: 'spend',
        message:
          'The header has spend 2 times (columns 4 and 5): which one to read is unclear, so the file is not read; remove the extra columns',
      },
    ],
    spend: null,
  },
  {
    name: '1.234,56 / (12.00) / €12 / 12% / 1e999 / too many digits / negative spend',
    file: () => fixture('number-formats.csv'),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 8,
    errors: [
      { row: 3, column: 'spend', message: 'spend "1.234,56" is not a number (this file\'s decimal mark is ".")' },
      { row: 4, column: 'spend', message: 'spend "(12.00)" must not be negative' },
      { row: 6, column: 'spend', message: 'spend "12%" is not a number' },
      { row: 7, column: 'spend', message: 'spend "1e999" is not a number' },
      {
        row: 8,
        column: 'spend',
        message: 'spend "123456789012345678" is too large (at most 14 digits before the decimal point)',
      },
      { row: 9, column: 'spend', message: 'spend "-5.00" must not be negative' },
    ],
    spend: 22.5,
  },
  {
    name: 'impossible, future and pre-2000 dates',
    file: () => fixture('dates.csv'),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [
      { row: 3, column: 'date', message: 'date "2026-02-30" is not a real day (expected YYYY-MM-DD)' },
      {
        row: 4,
        column: null,
        message: /^The row's day 2099-01-01 is after \d{4}-\d\d-\d\d, the day the file was exported/,
      },
      { row: 5, column: 'date', message: 'date "1999-12-31" is before 2000-01-01, earlier than any platform reports' },
    ],
    spend: 1,
  },
  {
    name: 'unknown currency',
    file: () => fixture('unknown-currency.csv'),
    status: 'COMPLETED_WITH_ERRORS',
    rowsImported: 1,
    errors: [
      { row: 3, column: 'currency', message: 'currency "ZZZ" is not an ISO 4217 currency code such as USD or EUR' },
    ],
    spend: 1,
  },
  {
    name: 'formula cells',
    file: () => fixture('formula-cells.csv'),
    status: 'COMPLETED',
    rowsImported: 1,
    errors: [],
    spend: 7,
  },
];

describe.each(TEST_MODES)('hostile input (%s)', (mode) => {
  let tandem: TestApp;

  const factCount = async (slug: string): Promise<number> => {
    const tables = [
      'paid_daily_metric',
      'paid_period_metric',
      'paid_audience_metric',
      'organic_daily_metric',
      'organic_post',
    ];
    const counts = (await tandem.app.get(DataSource).query(
      `SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table} WHERE workspace_id = workspace.id)`).join(' + ')} AS facts
         FROM workspace WHERE slug = $1`,
      [slug],
    )) as [{ facts: string | number }];
    return Number(counts[0].facts);
  };

  const maySpend = async (key: string): Promise<number | null> => {
    const result = await tandem.graphql<{ overview: { paid: { spend: number | null } } }>(
      key,
      'query ($range: DateRange!) { overview(range: $range) { paid { spend } } }',
      { range: MAY },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.overview.paid.spend;
  };

  beforeAll(async () => {
    tandem = await TestApp.start(mode, { redisDb: mode === 'embedded' ? 48 : 49, maxUploadMb: 60 });
  });

  afterAll(async () => tandem?.close());

  it.each(hazards)('$name: $status', async (hazard) => {
    const slug = `hostile-${hazard.name.replace(/\W+/g, '-').toLowerCase()}`.slice(0, 60);
    const key = await tandem.workspaceKey(slug);
    const file = hazard.file();

    const preview = await tandem.upload(key, file, hazard.fields, { dryRun: 'true' });
    expect(preview.status).toBe(200);
    const previewed = (await preview.json()) as { errors: ExpectedError[] };
    expect(previewed.errors.map(({ row, column, message }) => ({ row, column, message }))).toEqual(
      hazard.errors.map(asMatcher),
    );

    const heapBefore = process.memoryUsage().heapUsed;
    const peak = samplePeakHeap();
    const run: ImportResult = await tandem.importFixture(key, file, hazard.fields);
    const growthMb = (peak.stop() - heapBefore) / MEGABYTE;
    if (hazard.measureMemory) {
      console.log(`[hostile] ${hazard.name} (${mode}): heap grew by at most ${growthMb.toFixed(0)} MB while importing`);
      expect(growthMb).toBeLessThan(HEAP_GROWTH_BOUND_MB);
    }

    expect(run).toMatchObject({ status: hazard.status, rowsImported: hazard.rowsImported });
    expect(run.errors).toEqual(hazard.errors.map(asMatcher));
    if (hazard.status === 'FAILED') expect(await factCount(slug)).toBe(0);
    else expect(await factCount(slug)).toBe(hazard.rowsImported);
    // The server keeps serving: a query answers right after, with exactly what was stored.
    expect(await maySpend(key)).toBe(hazard.spend);
  });

  it('stores a formula as the text it is, and neutralises it in CSV exports', async () => {
    const key = await tandem.workspaceKey('formula');
    await tandem.importFixture(key, fixture('formula-cells.csv'));
    const [stored] = (await tandem.app.get(DataSource).query(
      `SELECT campaign_name FROM paid_daily_metric fact JOIN workspace ON workspace.id = fact.workspace_id
        WHERE workspace.slug = 'formula'`,
    )) as [{ campaign_name: string }];
    expect(stored.campaign_name).toBe('=HYPERLINK("http://evil.example","click")');
    const response = await fetch(
      `${tandem.baseUrl}/api/exports/breakdown.csv?from=2026-05-01&to=2026-05-31&by=CAMPAIGN`,
      {
        headers: { authorization: `Bearer ${key}` },
      },
    );
    const csv = await response.text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('reads a decimal-comma file as a careful European reader would', async () => {
    const key = await tandem.workspaceKey('decimal-comma', 'owner', 'EUR');
    await tandem.importFixture(key, fixture('decimal-comma.csv'));
    expect(await maySpend(key)).toBe(1235);
  });

  it('stores the Latin-1 name as written', async () => {
    const key = await tandem.workspaceKey('latin1');
    await tandem.importFixture(key, fixture('latin1.csv'));
    const [stored] = (await tandem.app.get(DataSource).query(
      `SELECT campaign_name FROM paid_daily_metric fact JOIN workspace ON workspace.id = fact.workspace_id
        WHERE workspace.slug = 'latin1'`,
    )) as [{ campaign_name: string }];
    expect(stored.campaign_name).toBe('Café été');
  });

  it('refuses an unknown currency named in the upload before storing anything', async () => {
    const key = await tandem.workspaceKey('currency-field');
    const response = await tandem.upload(key, fixture('header-only.csv'), { currency: 'ZZZ' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('currency: must be an ISO 4217 currency code such as USD');
  });
});

function asMatcher({ row, column, message }: ExpectedError) {
  return { row, column, message: typeof message === 'string' ? message : expect.stringMatching(message) };
}

/** The highest heap use seen, sampled every 10 ms (the reader runs in this process in both modes). */
function samplePeakHeap(): { stop(): number } {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().heapUsed);
    },
  };
}
