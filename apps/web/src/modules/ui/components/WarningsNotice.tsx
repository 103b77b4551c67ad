import { Notice } from './Notice';

/** The API's warnings as one notice, or nothing when there are none. */
export function WarningsNotice({ warnings, testId }: { warnings: string[]; testId: string }) {
  if (warnings.length === 0) return null;
  return (
    <Notice tone="warning" testId={testId}>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </Notice>
  );
}
