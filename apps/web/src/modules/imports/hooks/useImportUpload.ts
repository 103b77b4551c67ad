import { useState } from 'react';
import { authorizedFetch } from '../../auth/authorized-fetch.util';
import { uploadImport } from '../upload.util';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string }
  | { kind: 'uploaded'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

/** Uploads the files one after the other and stops at the first refusal. */
export function useImportUpload(onUploaded: () => void) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  const upload = async (files: File[], format: string) => {
    for (const file of files) {
      setState({ kind: 'uploading', fileName: file.name });
      try {
        await uploadImport(file, format, authorizedFetch);
      } catch (error) {
        setState({
          kind: 'failed',
          fileName: file.name,
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      setState({ kind: 'uploaded', fileName: file.name });
      onUploaded();
    }
  };

  return { state, upload };
}
