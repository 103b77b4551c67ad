/** One of an import's warnings, as its row shows it. */
export interface ImportNote {
  /** `restated`: the same file was imported before, so its facts restated the stored ones rather than adding to them. */
  kind: 'restated' | 'note';
  text: string;
}

/** The API's wording for a re-uploaded file (import-ingest.service.ts, noteSameFile). */
const SAME_FILE = /^The same file was imported before/;

/** The warnings an import carries, the re-upload note first: it says what the import changed. */
export function importNotes(warnings: readonly string[]): ImportNote[] {
  const notes = warnings.map((text): ImportNote => ({ kind: SAME_FILE.test(text) ? 'restated' : 'note', text }));
  return [...notes.filter((note) => note.kind === 'restated'), ...notes.filter((note) => note.kind === 'note')];
}
