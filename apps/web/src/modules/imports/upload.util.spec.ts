import { describe, expect, it, vi } from 'vitest';
import { uploadImport } from './upload.util';

const file = new File(['date,spend\n2026-01-01,10\n'], 'ads.csv', { type: 'text/csv' });
const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('uploadImport', () => {
  it('posts the file and the chosen format as multipart form data', async () => {
    const send = vi.fn<typeof fetch>(async () => json({ id: 'imp-1', status: 'QUEUED' }, 202));
    await expect(uploadImport(file, 'tandem-paid', send)).resolves.toEqual({ id: 'imp-1', status: 'QUEUED' });
    const [url, init] = send.mock.calls[0] ?? [];
    const body = init?.body as FormData;
    expect(url).toBe('/api/imports');
    expect(init?.method).toBe('POST');
    expect((body.get('file') as File).name).toBe('ads.csv');
    expect(body.get('format')).toBe('tandem-paid');
  });

  it('leaves the format out to let the API detect it', async () => {
    const send = vi.fn<typeof fetch>(async () => json({ id: 'imp-2', status: 'QUEUED' }, 202));
    await uploadImport(file, '', send);
    expect((send.mock.calls[0]?.[1]?.body as FormData).has('format')).toBe(false);
  });

  it("tells a too-large file with the API's message", async () => {
    const send = async () => json({ statusCode: 413, message: 'File is larger than 200 MB' }, 413);
    await expect(uploadImport(file, '', send)).rejects.toThrow(
      'The file is too large (413): File is larger than 200 MB',
    );
  });

  it('tells any other refusal, with or without a JSON body', async () => {
    await expect(
      uploadImport(file, '', async () => json({ message: ['format must be one of …'] }, 400)),
    ).rejects.toThrow('The upload was refused (400): format must be one of …');
    await expect(uploadImport(file, '', async () => new Response('oops', { status: 500 }))).rejects.toThrow(
      'The upload was refused (500)',
    );
  });
});
