import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillObjectiveKinds, ObjectiveKind1764404000000 } from '../../../migrations/1764404000000-ObjectiveKind.js';
import { TEST_MODES, TestApp, type UploadFile } from './support/test-app.js';

const csv = (name: string, lines: string[]): UploadFile => ({ name, content: Buffer.from(lines.join('\n')) });

interface StoredObjective {
  campaign_id: string;
  objective: string | null;
  objective_kind: string | null;
}

describe.each(TEST_MODES)('objectives (%s)', (mode) => {
  let tandem: TestApp;
  let database: DataSource;

  /** The raw and canonical objective of each stored fact of a workspace's table, by campaign. */
  const stored = async (slug: string, table: string): Promise<StoredObjective[]> =>
    (await database.query(
      `SELECT fact.campaign_id, fact.objective, fact.objective_kind
         FROM ${table} AS fact JOIN workspace ON workspace.id = fact.workspace_id
        WHERE workspace.slug = $1 ORDER BY fact.campaign_id`,
      [slug],
    )) as StoredObjective[];

  beforeAll(async () => {
    // Redis database 11: 7 is dashboard-totals', and files sharing one flush each other's queues.
    tandem = await TestApp.start(mode, { redisDb: 11 });
    database = tandem.app.get(DataSource);
  });

  afterAll(async () => tandem?.close());

  it('stores each imported fact’s canonical objective beside the raw one', async () => {
    const key = await tandem.workspaceKey('objectives-import');
    const run = await tandem.importFixture(
      key,
      csv('paid.csv', [
        'date,platform,account_id,currency,campaign_id,objective,spend',
        '2026-06-01,FACEBOOK,act_1,USD,c1,OUTCOME_SALES,10.00',
        '2026-06-01,LINKEDIN,li_1,USD,c2,Brand awareness,20.00',
        '2026-06-01,FACEBOOK,act_1,USD,c3,weird thing,30.00',
        '2026-06-01,FACEBOOK,act_1,USD,c4,,40.00',
      ]),
    );
    expect(run).toMatchObject({ status: 'COMPLETED', rowsImported: 4, rowsRejected: 0 });
    expect(await stored('objectives-import', 'paid_daily_metric')).toEqual([
      { campaign_id: 'c1', objective: 'OUTCOME_SALES', objective_kind: 'SALES' },
      { campaign_id: 'c2', objective: 'Brand awareness', objective_kind: 'AWARENESS' },
      { campaign_id: 'c3', objective: 'weird thing', objective_kind: 'OTHER' },
      { campaign_id: 'c4', objective: null, objective_kind: null },
    ]);
  });

  it('back-fills the canonical objective of facts stored without one, in every paid table', async () => {
    const key = await tandem.workspaceKey('objectives-backfill');
    await tandem.importFixture(
      key,
      csv('paid.csv', ['date,platform,account_id,currency,campaign_id,spend', '2026-06-01,FACEBOOK,act_1,USD,c0,1.00']),
    );
    const [{ workspace_id: workspaceId, account_id: accountId }] = (await database.query(
      `SELECT fact.workspace_id, fact.account_id FROM paid_daily_metric AS fact
         JOIN workspace ON workspace.id = fact.workspace_id WHERE workspace.slug = 'objectives-backfill'`,
    )) as [{ workspace_id: string; account_id: string }];
    // Facts as a database written before objective_kind existed holds them.
    const facts: [string, string | null][] = [
      ['c1', 'OUTCOME_LEADS'],
      ['c2', 'Interacción'],
      ['c3', 'weird thing'],
      ['c4', null],
    ];
    for (const [campaignId, objective] of facts) {
      const values = [workspaceId, accountId, campaignId, objective];
      await database.query(
        `INSERT INTO paid_daily_metric (workspace_id, platform, account_id, campaign_id, date, currency, objective)
         VALUES ($1, 'FACEBOOK', $2, $3, '2026-06-01', 'USD', $4)`,
        values,
      );
      await database.query(
        `INSERT INTO paid_period_metric (workspace_id, platform, account_id, campaign_id, period_start, period_end,
           currency, objective) VALUES ($1, 'FACEBOOK', $2, $3, '2026-06-01', '2026-06-30', 'USD', $4)`,
        values,
      );
      await database.query(
        `INSERT INTO paid_audience_metric (workspace_id, platform, account_id, campaign_id, period_start, period_end,
           dimension, segment, currency, objective)
         VALUES ($1, 'FACEBOOK', $2, $3, '2026-06-01', '2026-06-30', 'age', '25-34', 'USD', $4)`,
        values,
      );
    }
    const expected = [
      { campaign_id: 'c1', objective: 'OUTCOME_LEADS', objective_kind: 'LEADS' },
      { campaign_id: 'c2', objective: 'Interacción', objective_kind: 'ENGAGEMENT' },
      { campaign_id: 'c3', objective: 'weird thing', objective_kind: 'OTHER' },
      { campaign_id: 'c4', objective: null, objective_kind: null },
    ];
    const imported = { campaign_id: 'c0', objective: null, objective_kind: null };
    const everyTable = async () => ({
      daily: await stored('objectives-backfill', 'paid_daily_metric'),
      period: await stored('objectives-backfill', 'paid_period_metric'),
      audience: await stored('objectives-backfill', 'paid_audience_metric'),
    });
    const unfilled = expected.map((fact) => ({ ...fact, objective_kind: null }));
    expect(await everyTable()).toEqual({ daily: [imported, ...unfilled], period: unfilled, audience: unfilled });

    await backfillObjectiveKinds(database);
    expect(await everyTable()).toEqual({ daily: [imported, ...expected], period: expected, audience: expected });
  });

  it('re-creates the column with the same values when the migration runs down and up again', async () => {
    const before = await stored('objectives-import', 'paid_daily_metric');
    const migration = new ObjectiveKind1764404000000();
    const runner = database.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await stored('objectives-import', 'paid_daily_metric')).toEqual(before);
  });
});
