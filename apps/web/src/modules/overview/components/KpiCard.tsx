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
      <h3 className="kpi-card__label">{card.label}</h3>
      <p className="kpi-card__value" data-testid={`${card.testId}-value`}>
        {card.value}
      </p>
      <p className="kpi-card__period">
        {period}
        {card.note && <span> · {card.note}</span>}
      </p>
      {comparison && (
        <p className={`kpi-card__change kpi-card__change--${comparison.tone}`} data-testid={`${card.testId}-change`}>
          <strong>
            {comparison.arrow} {comparison.change}
          </strong>{' '}
          <span className="muted">
            vs {comparison.previousValue} in {compareLabel}
          </span>
        </p>
      )}
    </article>
  );
}
