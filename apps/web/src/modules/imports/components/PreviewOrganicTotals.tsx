import { formatPreviewCount } from '../import-preview.util';
import type { ImportPreviewAnswer } from '../upload.util';

type OrganicFacts = Pick<ImportPreviewAnswer, 'organic' | 'posts'>;

/** What a previewed file would add to organic results. */
export function PreviewOrganicTotals({ organic, posts }: OrganicFacts) {
  const facts: Array<[string, number]> = [
    ['Impressions', organic.impressions],
    ['Engagements', organic.engagements],
    ['New followers', organic.newFollowers],
    ['Posts published', posts],
  ];
  return (
    <dl className="preview-figures" data-testid="preview-organic">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatPreviewCount(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
