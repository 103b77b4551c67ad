import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { CommitImportPreviewDocument } from '../../../generated/graphql';
import { authorizedFetch } from '../../auth/authorized-fetch.util';
import { previewImport, uploadImport, type ImportPreviewAnswer, type UploadRequest } from '../upload.util';

/** Where one chosen file stands; `previewed` files wait in their preview panel for Import or Discard. */
export type FileUploadState =
  | { kind: 'waiting' }
  | { kind: 'uploading' }
  | { kind: 'previewing' }
  | { kind: 'previewed'; previewId: string }
  | { kind: 'discarded' }
  | { kind: 'uploaded' }
  | { kind: 'failed'; message: string };

/** One file of a drop or a selection, tracked on its own: a refused file does not stop the others. */
export interface FileUpload {
  key: number;
  fileName: string;
  state: FileUploadState;
}

/** A dry run waiting for the user to import or discard it. */
export interface PendingPreview {
  preview: ImportPreviewAnswer;
  committing: boolean;
  commitError: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends the chosen files one after the other (one upload at a time keeps a slow link responsive), each on its own:
 * straight into the import queue, or, with `preview`, as dry runs whose previews wait here until they are committed
 * (imported) or discarded. Each file's outcome is listed; a refusal is told for its file and the next file still goes.
 */
export function useImportUpload(onUploaded: () => void) {
  const [files, setFiles] = useState<FileUpload[]>([]);
  const [previews, setPreviews] = useState<PendingPreview[]>([]);
  const [commitPreview] = useMutation(CommitImportPreviewDocument);
  const nextKey = useRef(0);

  const setFileState = (key: number, state: FileUploadState) =>
    setFiles((list) => list.map((file) => (file.key === key ? { ...file, state } : file)));
  const updatePreview = (id: string, change: Partial<Omit<PendingPreview, 'preview'>>) =>
    setPreviews((list) => list.map((item) => (item.preview.id === id ? { ...item, ...change } : item)));
  const dropPreview = (id: string) => setPreviews((list) => list.filter((item) => item.preview.id !== id));
  /** The file whose preview this is moves on: imported, or discarded. */
  const settlePreview = (id: string, state: FileUploadState) =>
    setFiles((list) =>
      list.map((file) => (file.state.kind === 'previewed' && file.state.previewId === id ? { ...file, state } : file)),
    );
  const discard = (id: string) => {
    dropPreview(id);
    settlePreview(id, { kind: 'discarded' });
  };

  const upload = async (chosen: File[], { hints, preview }: UploadRequest) => {
    const batch = chosen.map((file) => ({ file, key: nextKey.current++ }));
    setFiles(batch.map(({ file, key }) => ({ key, fileName: file.name, state: { kind: 'waiting' } })));
    for (const { file, key } of batch) {
      setFileState(key, { kind: preview ? 'previewing' : 'uploading' });
      try {
        if (preview) {
          const answer = await previewImport(file, hints, authorizedFetch);
          setPreviews((list) => [...list, { preview: answer, committing: false, commitError: null }]);
          setFileState(key, { kind: 'previewed', previewId: answer.id });
        } else {
          await uploadImport(file, hints, authorizedFetch);
          setFileState(key, { kind: 'uploaded' });
          onUploaded();
        }
      } catch (error) {
        setFileState(key, { kind: 'failed', message: messageOf(error) });
      }
    }
  };

  /** Imports a previewed file (the API makes committing twice harmless), then shows it in the imports table. */
  const commit = async ({ id }: ImportPreviewAnswer) => {
    updatePreview(id, { committing: true, commitError: null });
    try {
      await commitPreview({ variables: { id } });
    } catch (error) {
      updatePreview(id, { committing: false, commitError: messageOf(error) });
      return;
    }
    dropPreview(id);
    settlePreview(id, { kind: 'uploaded' });
    onUploaded();
  };

  const sending = files.some(({ state }) => state.kind === 'uploading' || state.kind === 'previewing');
  return { files, sending, upload, previews, commit, discard };
}
