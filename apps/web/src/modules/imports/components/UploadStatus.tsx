import type { FileUpload, FileUploadState } from '../hooks/useImportUpload';
import { ImportProblem } from './ImportProblem';

/** Where the file stands, in a sentence that starts with its name. */
function describe(fileName: string, state: Exclude<FileUploadState, { kind: 'failed' }>): string {
  switch (state.kind) {
    case 'waiting':
      return `${fileName}: waiting for the files before it…`;
    case 'uploading':
      return `Uploading ${fileName}…`;
    case 'previewing':
      return `Reading ${fileName} for a preview…`;
    case 'previewed':
      return `${fileName}: preview below; nothing is imported until you click Import.`;
    case 'discarded':
      return `${fileName}: preview discarded; nothing was imported.`;
    case 'uploaded':
      return `${fileName} uploaded; the import is queued below.`;
  }
}

/** The files of the last drop or selection, each with its own outcome. */
export function UploadStatus({ files }: { files: FileUpload[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="imports-files" aria-live="polite" data-testid="upload-files">
      {files.map(({ key, fileName, state }) =>
        state.kind === 'failed' ? (
          <li key={key} className="imports-files__item imports-files__item--failed" role="alert" data-state="failed">
            <ImportProblem message={state.message} lead={`${fileName} was not uploaded.`} testId="upload-error" />
          </li>
        ) : (
          <li key={key} className="imports-files__item" data-state={state.kind} data-testid="upload-status">
            {describe(fileName, state)}
          </li>
        ),
      )}
    </ul>
  );
}
