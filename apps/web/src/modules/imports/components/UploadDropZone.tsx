import { useRef, useState, type DragEvent } from 'react';
import { IMPORT_FORMATS } from '../upload.util';

interface UploadDropZoneProps {
  busy: boolean;
  onFiles: (files: File[], format: string) => void;
}

export function UploadDropZone({ busy, onFiles }: UploadDropZoneProps) {
  const [format, setFormat] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files], format);
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
      <p className="muted">CSV, Excel or zip files as downloaded from the platform.</p>
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
        <label className="field field--inline">
          <span>Format</span>
          <select value={format} onChange={(event) => setFormat(event.target.value)} data-testid="upload-format">
            {IMPORT_FORMATS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
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
