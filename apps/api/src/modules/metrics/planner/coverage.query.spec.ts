import { describe, expect, it } from 'vitest';
import { compileCoverageQuery, type CoverageSpec } from './coverage.query.js';
import type { CompiledQuery } from './query-spec.js';

const base: CoverageSpec = {
  workspaceId: '00000000-0000-0000-0000-000000000001',
  range: { from: '2026-01-01', to: '2026-03-31' },
  platforms: null,
};

/** Every placeholder `$1..$n` used, each parameter used: Postgres refuses a statement that binds one it lacks. */
function placeholdersMatch({ sql, params }: CompiledQuery): boolean {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  return used.size === params.length && [...used].every((index) => index >= 1 && index <= params.length);
}

describe('coverage query', () => {
  it.each([
    ['coverage', base],
    ['coverage-platforms', { ...base, platforms: ['FACEBOOK', 'INSTAGRAM'] }],
  ] as const)('compiles the %s shape into the reviewed SQL', async (name, spec) => {
    const query = compileCoverageQuery(spec);
    expect(placeholdersMatch(query)).toBe(true);
    await expect(`${query.sql}\n`).toMatchFileSnapshot(`queries/${name}.sql`);
  });

  it('filters every table it reads on the workspace', () => {
    const { sql } = compileCoverageQuery(base);
    for (const table of [
      'paid_daily_metric',
      'paid_period_metric',
      'paid_audience_metric',
      'organic_daily_metric',
      'organic_post',
      'import_coverage',
    ]) {
      const reads = [...sql.matchAll(new RegExp(`FROM ${table}\\b[^]*?WHERE ([^\\n]*)`, 'g'))];
      expect(reads.length, table).toBeGreaterThan(0);
      for (const [, where] of reads) expect(where, table).toContain('workspace_id = $1');
    }
  });

  it('binds values as parameters, never into the SQL text', () => {
    const hostile = "x' OR 1=1 --";
    const query = compileCoverageQuery({
      workspaceId: hostile,
      range: { from: hostile, to: hostile },
      platforms: [hostile as 'X'],
    });
    expect(query.sql).not.toContain(hostile);
    expect(query.params).toEqual([hostile, hostile, hostile, [hostile]]);
  });
});
