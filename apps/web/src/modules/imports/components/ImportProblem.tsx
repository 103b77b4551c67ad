import { useExportFormats } from '../hooks/useExportFormats';
import { explainImportProblem } from '../import-problem.util';

interface ImportProblemProps {
  /** The API's message. */
  message: string;
  /** Said before the problem, e.g. "huge.csv was not uploaded." */
  lead?: string;
  testId?: string;
}

/** What is wrong, then the fix; the supported formats behind a disclosure when the problem is the file's format. */
export function ImportProblem({ message, lead, testId }: ImportProblemProps) {
  const { problem, fix, aboutFormat } = explainImportProblem(message);
  return (
    <div className="imports-problem" data-testid={testId}>
      <p className="imports-problem__what" data-testid="problem-what">
        {lead && <strong>{lead} </strong>}
        {problem}
      </p>
      <p className="imports-problem__fix" data-testid="problem-fix">
        {fix}
      </p>
      {aboutFormat && <SupportedFormats />}
    </div>
  );
}

function SupportedFormats() {
  const { formats } = useExportFormats();
  if (formats.length === 0) return null;
  return (
    <details className="imports-formats" data-testid="supported-formats">
      <summary>Supported formats ({formats.length})</summary>
      <ul>
        {formats.map((format) => (
          <li key={format.id}>
            {format.label} <span className="muted">({format.id})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
