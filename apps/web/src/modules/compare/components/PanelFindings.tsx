import type { ReactNode } from 'react';
import { WarningsNotice } from '../../ui/components/WarningsNotice';

interface PanelFindingsProps {
  /** The panel's test id: the sentence is `<testId>-sentence`, the warnings `<testId>-warnings`. */
  testId: string;
  sentence: string;
  warnings?: string[];
  children: ReactNode;
}

/** A contrast's one plain sentence and its API's warnings, above its figures (chart or table alike). */
export function PanelFindings({ testId, sentence, warnings = [], children }: PanelFindingsProps) {
  return (
    <div className="compare-findings">
      <p className="compare-sentence" data-testid={`${testId}-sentence`}>
        {sentence}
      </p>
      <WarningsNotice warnings={warnings} testId={`${testId}-warnings`} />
      {children}
    </div>
  );
}
