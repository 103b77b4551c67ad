import type { KpiCardModel } from '../kpi-cards.util';
import { KpiCard } from './KpiCard';

interface KpiGroupProps {
  title: string;
  /** The trade's word, for readers who know it: SMO, SMM. */
  hint: string;
  testId: string;
  cards: KpiCardModel[];
  period: string;
  compareLabel: string;
}

export function KpiGroup({ title, hint, testId, cards, period, compareLabel }: KpiGroupProps) {
  return (
    <section className="kpi-group" aria-label={title} data-testid={testId}>
      <h2>
        {title}{' '}
        <abbr className="muted" title={hint === 'SMO' ? 'Social media optimisation' : 'Social media marketing'}>
          {hint}
        </abbr>
      </h2>
      <div className="kpi-grid">
        {cards.map((card) => (
          <KpiCard key={card.testId} card={card} period={period} compareLabel={compareLabel} />
        ))}
      </div>
    </section>
  );
}
