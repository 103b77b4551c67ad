import { useQuery } from '@apollo/client/react';
import { CoverageDocument, type DateRange, type Platform } from '../../../generated/graphql';
import { comparisonGaps, coverageByPlatform } from '../coverage.util';
import { formatDay } from '../date-range.util';
import { PLATFORM_LABELS } from '../platforms.util';

interface CoverageStripProps {
  range: DateRange;
  compareTo: DateRange | null;
  platforms: Platform[] | null;
}

const shortDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });
const plural = (count: number, word: string) => `${count.toLocaleString()} ${word}${count === 1 ? '' : 's'}`;

/**
 * Per platform, how far its data goes and which days of the range are missing, so that no number is read without
 * knowing what it rests on; and, when comparing, which platforms have fewer days of data in the comparison period.
 */
export function CoverageStrip({ range, compareTo, platforms }: CoverageStripProps) {
  const current = useQuery(CoverageDocument, { variables: { range, platforms } });
  const previous = useQuery(CoverageDocument, {
    variables: { range: compareTo ?? range, platforms },
    skip: compareTo === null,
  });
  if (!current.data) return <div className="coverage-strip coverage-strip--loading" aria-hidden="true" />;

  const lines = coverageByPlatform(current.data.coverage, range);
  const gaps =
    compareTo && previous.data ? comparisonGaps(lines, coverageByPlatform(previous.data.coverage, compareTo)) : [];
  return (
    <section className="coverage-strip" aria-label="Data coverage" data-testid="coverage-strip">
      {lines.length === 0 && <p className="muted">No imported data in this period.</p>}
      <ul className="coverage-strip__lines">
        {lines.map((line) => (
          <li key={line.platform} data-testid={`coverage-${line.platform}`}>
            <strong>{PLATFORM_LABELS[line.platform]}</strong>{' '}
            {line.dataThrough ? `data through ${shortDay(line.dataThrough)}` : 'no data in this period'}
            {line.missingDays > 0 && (
              <span className="coverage-strip__missing"> · {plural(line.missingDays, 'day')} missing</span>
            )}
          </li>
        ))}
      </ul>
      {gaps.length > 0 && (
        <p className="coverage-strip__gap" data-testid="comparison-gap">
          Compared periods are unlike:{' '}
          {gaps
            .map(
              (gap) =>
                `${PLATFORM_LABELS[gap.platform]} has data on ${gap.previousDays} of the ${gap.currentDays} days`,
            )
            .join('; ')}{' '}
          it has now, so its changes partly measure when data starts.
        </p>
      )}
    </section>
  );
}
