import { Sparkline } from '../../reports/components/Sparkline';
import type { KpiCardModel } from '../kpi-cards.util';

interface KpiCardProps {
  card: KpiCardModel;
  period: string;
  compareLabel: string;
}

export function KpiCard({ card, period, compareLabel }: KpiCardProps) {
  const { comparison } = card;
  return (
    <article className="kpi-card" data-testid={card.testId} data-value={card.rawValue ?? ''}>
      <h3 className="kpi-card__label" title={card.description}>
        {card.label}
      </h3>
      <p
        className={card.notReported ? 'kpi-card__value kpi-card__value--not-reported' : 'kpi-card__value'}
        data-testid={`${card.testId}-value`}
        title={card.notReported ?? undefined}
      >
        {card.value}
      </p>
      <p className="kpi-card__period">
        {period}
        {card.note && <span> · {card.note}</span>}
      </p>
      {card.trend && card.trend.some((value) => value !== null) && (
        <Sparkline values={card.trend} label={`${card.label} per period over ${period}`} />
      )}
      {card.reconciliation && (
        <p className="kpi-card__coverage" data-testid={`${card.testId}-reconciliation`}>
          {card.reconciliation}
        </p>
      )}
      {card.coverage && (
        <p className="kpi-card__coverage" data-testid={`${card.testId}-coverage`}>
          {card.coverage}
        </p>
      )}
      {comparison?.kind === 'change' && (
        <p className={`kpi-card__change kpi-card__change--${comparison.tone}`} data-testid={`${card.testId}-change`}>
          <strong>
            {comparison.arrow} {comparison.change}
          </strong>{' '}
          <span className="muted">
            vs {comparison.previousValue} in {compareLabel}
          </span>
        </p>
      )}
      {comparison?.kind === 'previous-not-reported' && (
        <p className="kpi-card__change muted" data-testid={`${card.testId}-change`} title={comparison.title}>
          Not reported in {compareLabel}
        </p>
      )}
    </article>
  );
}
