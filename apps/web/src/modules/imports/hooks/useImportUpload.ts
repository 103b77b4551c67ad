import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CommitImportPreviewDocument } from '../../../generated/graphql';
import { authorizedFetch } from '../../auth/authorized-fetch.util';
import { previewImport, uploadImport, type ImportPreviewAnswer, type UploadRequest } from '../upload.util';

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string }
  | { kind: 'previewing'; fileName: string }
  | { kind: 'uploaded'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string };

/** A dry run waiting for the user to import or discard it. */
export interface PendingPreview {
  preview: ImportPreviewAnswer;
  committing: boolean;
  commitError: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends the files one after the other and stops at the first refusal: straight into the import queue, or, with
 * `preview`, as dry runs whose previews wait here until they are committed (imported) or discarded.
 */
export function useImportUpload(onUploaded: () => void) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const [previews, setPreviews] = useState<PendingPreview[]>([]);
  const [commitPreview] = useMutation(CommitImportPreviewDocument);

  const updatePreview = (id: string, change: Partial<Omit<PendingPreview, 'preview'>>) =>
    setPreviews((list) => list.map((item) => (item.preview.id === id ? { ...item, ...change } : item)));
  const discard = (id: string) => setPreviews((list) => list.filter((item) => item.preview.id !== id));

  const upload = async (files: File[], { hints, preview }: UploadRequest) => {
    for (const file of files) {
      setState({ kind: preview ? 'previewing' : 'uploading', fileName: file.name });
      try {
        if (preview) {
          const answer = await previewImport(file, hints, authorizedFetch);
          setPreviews((list) => [...list, { preview: answer, committing: false, commitError: null }]);
        } else {
          await uploadImport(file, hints, authorizedFetch);
        }
      } catch (error) {
        setState({ kind: 'failed', fileName: file.name, message: messageOf(error) });
        return;
      }
      if (!preview) {
        setState({ kind: 'uploaded', fileName: file.name });
        onUploaded();
      }
    }
    if (preview) setState({ kind: 'idle' });
  };

  /** Imports a previewed file (the API makes committing twice harmless), then shows it in the imports table. */
  const commit = async ({ id, fileName }: ImportPreviewAnswer) => {
    updatePreview(id, { committing: true, commitError: null });
    try {
      await commitPreview({ variables: { id } });
    } catch (error) {
      updatePreview(id, { committing: false, commitError: messageOf(error) });
      return;
    }
    discard(id);
    setState({ kind: 'uploaded', fileName });
    onUploaded();
  };

  return { state, upload, previews, commit, discard };
}
