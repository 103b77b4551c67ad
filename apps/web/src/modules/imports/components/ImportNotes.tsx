import { importNotes } from '../import-notes.util';

/** What an import changed, on its row: a re-upload restates days (nothing doubles); other warnings follow. */
export function ImportNotes({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="imports-notes" data-testid="import-notes">
      {importNotes(warnings).map((note) => (
        <li key={note.text} className={`imports-notes__${note.kind}`} data-note={note.kind}>
          {note.kind === 'restated' && <span className="imports-notes__tag">Re-upload</span>}
          {note.text}
        </li>
      ))}
    </ul>
  );
}
