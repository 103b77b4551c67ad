import { useRef, useState, type DragEvent } from 'react';
import { NO_HINTS, type UploadHints, type UploadRequest } from '../upload.util';
import { UploadOptions } from './UploadOptions';

interface UploadDropZoneProps {
  busy: boolean;
  onFiles: (files: File[], request: UploadRequest) => void;
}

export function UploadDropZone({ busy, onFiles }: UploadDropZoneProps) {
  const [hints, setHints] = useState<UploadHints>(NO_HINTS);
  const [preview, setPreview] = useState(true);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files], { hints, preview });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="upload-drop-zone"
    >
      <p className="drop-zone__title">Drop platform exports here</p>
      <p className="muted">
        CSV, Excel or zip files as downloaded from the platform; several at once, each on its own.
      </p>
      <div className="drop-zone__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => input.current?.click()}
          data-testid="upload-button"
        >
          Choose files…
        </button>
        <label className="preview-toggle">
          <input
            type="checkbox"
            checked={preview}
            onChange={(event) => setPreview(event.target.checked)}
            data-testid="preview-toggle"
          />
          Preview before importing
        </label>
      </div>
      <UploadOptions hints={hints} onChange={setHints} />
      <input
        ref={input}
        type="file"
        multiple
        hidden
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
        data-testid="upload-input"
      />
    </div>
  );
}
