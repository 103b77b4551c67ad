import type { ImportPreviewDetailsFragment, Platform } from '../../generated/graphql';

/** The optional multipart fields of `POST /api/imports` (docs/CONTRACT.md, Imports); an empty string means "not given". */
export interface UploadHints {
  format: string;
  account: string;
  platform: Platform | '';
  currency: string;
  exportedOn: string;
  /** The period of an export that carries no dates (a report downloaded without a date segment): both or neither. */
  periodStart: string;
  periodEnd: string;
}

export const NO_HINTS: UploadHints = {
  format: '',
  account: '',
  platform: '',
  currency: '',
  exportedOn: '',
  periodStart: '',
  periodEnd: '',
};

/** How chosen files are sent: with the hints filled in, and dry-run first when `preview` is on. */
export interface UploadRequest {
  hints: UploadHints;
  preview: boolean;
}

/** The REST answer to an accepted upload (202). */
export interface QueuedImport {
  id: string;
  status: string;
}

/** The REST answer to a dry run (200): the `ImportPreview` GraphQL type's fields, typed by the generated fragment. */
export type ImportPreviewAnswer = ImportPreviewDetailsFragment;

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

/** The multipart body: the file, then only the hints that were filled in. */
export function uploadFormData(file: File, hints: UploadHints): FormData {
  const body = new FormData();
  body.append('file', file);
  for (const [name, value] of Object.entries(hints)) {
    const given = value.trim();
    if (given) body.append(name, given);
  }
  return body;
}

async function postExport(file: File, hints: UploadHints, url: string, send: typeof fetch): Promise<unknown> {
  const response = await send(url, { method: 'POST', body: uploadFormData(file, hints) });
  if (!response.ok) throw new Error(await describeRefusedUpload(response));
  return response.json();
}

/** POSTs one export to `/api/imports`, which queues it; an empty `format` hint means "detect it". */
export async function uploadImport(file: File, hints: UploadHints, send: typeof fetch): Promise<QueuedImport> {
  return (await postExport(file, hints, '/api/imports', send)) as QueuedImport;
}

/** Dry-runs one export: the API reads it and says what importing it would write; nothing is imported yet. */
export async function previewImport(file: File, hints: UploadHints, send: typeof fetch): Promise<ImportPreviewAnswer> {
  return (await postExport(file, hints, '/api/imports?dryRun=true', send)) as ImportPreviewAnswer;
}
