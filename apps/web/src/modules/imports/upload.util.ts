export const IMPORT_FORMATS: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'Auto-detect' },
  { value: 'tandem-paid', label: 'Tandem paid (tandem-paid)' },
  { value: 'tandem-organic', label: 'Tandem organic (tandem-organic)' },
];

/** The REST answer to an accepted upload (202). */
export interface QueuedImport {
  id: string;
  status: string;
}

function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { message, error } = body as { message?: unknown; error?: unknown };
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return typeof error === 'string' ? error : null;
}

/** A sentence for a refused upload, from the API's JSON error when it sent one. */
export async function describeRefusedUpload(response: Response): Promise<string> {
  const message = messageOf(await response.json().catch(() => null));
  const reason =
    response.status === 413 ? 'The file is too large (413)' : `The upload was refused (${response.status})`;
  return message ? `${reason}: ${message}` : reason;
}

/** POSTs one export to `/api/imports`; `format` empty means "detect it". */
export async function uploadImport(file: File, format: string, send: typeof fetch): Promise<QueuedImport> {
  const body = new FormData();
  body.append('file', file);
  if (format) body.append('format', format);
  const response = await send('/api/imports', { method: 'POST', body });
  if (!response.ok) throw new Error(await describeRefusedUpload(response));
  return (await response.json()) as QueuedImport;
}
