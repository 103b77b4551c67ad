import { coverageField, measuresOf, ratiosOf, type Side } from '@tandem/metrics/catalogue.js';
import { Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/** The Overview's documents as written, not as generated: the generated types follow them. */
const documents = import.meta.glob<string>('./graphql/*.graphql', { query: '?raw', import: 'default', eager: true });

/** The fragment that carries each side's totals to the KPI cards. */
const TOTALS_FRAGMENTS: Readonly<Record<Side, { name: string; on: string }>> = {
  organic: { name: 'OrganicTotals', on: 'OrganicSummary' },
  paid: { name: 'PaidTotals', on: 'PaidSummary' },
};

function fragment(name: string): FragmentDefinitionNode {
  const found = Object.values(documents)
    .flatMap((source) => parse(source).definitions)
    .filter((node) => node.kind === Kind.FRAGMENT_DEFINITION && node.name.value === name);
  if (found.length !== 1)
    throw new Error(`expected one fragment ${name} in the overview documents, found ${found.length}`);
  return found[0] as FragmentDefinitionNode;
}

function selectedFields(node: FragmentDefinitionNode): string[] {
  return node.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.alias?.value ?? selection.name.value] : [],
  );
}

describe.each(Object.entries(TOTALS_FRAGMENTS) as Array<[Side, { name: string; on: string }]>)(
  'the %s totals fragment',
  (side, { name, on }) => {
    const totals = fragment(name);

    it(`is on ${on}`, () => {
      expect(totals.typeCondition.name.value).toBe(on);
    });

    it('selects every measure and ratio of the catalogue, and each ratio’s coverage', () => {
      const selected = new Set(selectedFields(totals));
      const wanted = [
        ...measuresOf(side).map((measure) => measure.field),
        ...ratiosOf(side).flatMap((ratio) => [ratio.field, coverageField(ratio)]),
      ];
      expect(wanted.filter((field) => !selected.has(field))).toEqual([]);
    });
  },
);
