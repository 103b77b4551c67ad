import { MEASURES, RATIOS, metricId } from '@tandem/metrics/catalogue.js';
import { describe, expect, it } from 'vitest';
import { KPI_DEFINITIONS } from './kpi-definitions.util';

const definitions = [...KPI_DEFINITIONS.organic, ...KPI_DEFINITIONS.paid];
const definition = (id: string) => definitions.find((candidate) => candidate.id === id);

describe('KPI_DEFINITIONS', () => {
  it('has one card for every measure and ratio of the catalogue, on its side', () => {
    const catalogue = [...MEASURES, ...RATIOS].map(metricId);
    expect(definitions.map((kpi) => kpi.id).sort()).toEqual([...catalogue].sort());
    for (const kpi of definitions) expect(kpi.id).toBe(`${kpi.side}.${kpi.metric}`);
    expect(KPI_DEFINITIONS.paid.every((kpi) => kpi.side === 'paid')).toBe(true);
    expect(KPI_DEFINITIONS.organic.every((kpi) => kpi.side === 'organic')).toBe(true);
  });

  it('takes labels, costs and descriptions from the catalogue', () => {
    for (const entry of [...MEASURES, ...RATIOS]) {
      expect(definition(metricId(entry))).toMatchObject({
        label: entry.label,
        lowerIsBetter: entry.lowerIsBetter ?? false,
        description: expect.stringContaining(entry.description),
      });
    }
  });

  it('maps catalogue units to the way the web shows them', () => {
    expect(definition('paid.spend')?.unit).toBe('money');
    expect(definition('paid.cpm')?.unit).toBe('money');
    expect(definition('paid.clicks')?.unit).toBe('count');
    expect(definition('organic.followerGrowth')?.unit).toBe('signedCount');
    expect(definition('paid.ctr')?.unit).toBe('percent');
    expect(definition('paid.roas')?.unit).toBe('multiple');
    expect(definition('paid.frequency')?.unit).toBe('multiple');
  });

  it('notes a ratio’s formula and how a measure adds up', () => {
    for (const ratio of RATIOS) expect(definition(metricId(ratio))?.note).toBe(ratio.formula);
    expect(definition('organic.followers')?.note).toBe('at end of period');
    expect(definition('organic.posts')?.note).toBe('published in the period');
    expect(definition('paid.reach')?.note).toBe('unique people');
    expect(definition('paid.spend')?.note).toBeUndefined();
  });

  it('words each ratio’s coverage from its denominator and numerator', () => {
    expect(definition('paid.roas')?.coverage).toEqual({ field: 'roasCoverage', of: 'spend', reportedBy: 'revenue' });
    expect(definition('organic.engagementRate')?.coverage).toEqual({
      field: 'engagementRateCoverage',
      of: 'impressions',
      reportedBy: 'engagements',
    });
    expect(definition('paid.spend')?.coverage).toBeUndefined();
  });

  it('knows which cards rest on reach, which is never added up', () => {
    expect(definition('paid.reach')?.uniqueMeasure).toBe('reach');
    expect(definition('paid.frequency')?.uniqueMeasure).toBe('reach');
    expect(definition('organic.engagementRateByReach')?.uniqueMeasure).toBe('reach');
    expect(definition('paid.impressions')?.uniqueMeasure).toBeUndefined();
  });
});
