import { Notice } from '../../ui/components/Notice';
import type { UploadState } from '../hooks/useImportUpload';

export function UploadStatus({ state }: { state: UploadState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'uploading':
      return (
        <Notice tone="info" testId="upload-status">
          Uploading {state.fileName}…
        </Notice>
      );
    case 'previewing':
      return (
        <Notice tone="info" testId="upload-status">
          Reading {state.fileName} for a preview…
        </Notice>
      );
    case 'uploaded':
      return (
        <Notice tone="info" testId="upload-status">
          {state.fileName} uploaded; the import is queued below.
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="error" testId="upload-error">
          {state.fileName} was not uploaded. {state.message}
        </Notice>
      );
  }
}
