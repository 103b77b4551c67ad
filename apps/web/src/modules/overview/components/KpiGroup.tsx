import type { KpiCardModel } from '../kpi-cards.util';
import { KpiCard } from './KpiCard';

interface KpiGroupProps {
  title: string;
  testId: string;
  cards: KpiCardModel[];
  period: string;
  compareLabel: string;
}

export function KpiGroup({ title, testId, cards, period, compareLabel }: KpiGroupProps) {
  return (
    <section className="kpi-group" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      <div className="kpi-grid">
        {cards.map((card) => (
          <KpiCard key={card.testId} card={card} period={period} compareLabel={compareLabel} />
        ))}
      </div>
    </section>
  );
}
