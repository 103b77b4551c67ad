import { describe, expect, it, vi } from 'vitest';
import { NO_HINTS, previewImport, uploadImport, uploadFormData } from './upload.util';

const file = new File(['date,spend\n2026-01-01,10\n'], 'ads.csv', { type: 'text/csv' });
const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const sentBody = (send: ReturnType<typeof vi.fn<typeof fetch>>) => send.mock.calls[0]?.[1]?.body as FormData;

describe('uploadImport', () => {
  it('posts the file and the chosen format as multipart form data', async () => {
    const send = vi.fn<typeof fetch>(async () => json({ id: 'imp-1', status: 'QUEUED' }, 202));
    await expect(uploadImport(file, { ...NO_HINTS, format: 'tandem-paid' }, send)).resolves.toEqual({
      id: 'imp-1',
      status: 'QUEUED',
    });
    const [url, init] = send.mock.calls[0] ?? [];
    const body = init?.body as FormData;
    expect(url).toBe('/api/imports');
    expect(init?.method).toBe('POST');
    expect((body.get('file') as File).name).toBe('ads.csv');
    expect(body.get('format')).toBe('tandem-paid');
  });

  it('leaves the format out to let the API detect it', async () => {
    const send = vi.fn<typeof fetch>(async () => json({ id: 'imp-2', status: 'QUEUED' }, 202));
    await uploadImport(file, NO_HINTS, send);
    expect([...sentBody(send).keys()]).toEqual(['file']);
  });

  it("tells a too-large file with the API's message", async () => {
    const send = async () => json({ statusCode: 413, message: 'File is larger than 200 MB' }, 413);
    await expect(uploadImport(file, NO_HINTS, send)).rejects.toThrow(
      'The file is too large (413): File is larger than 200 MB',
    );
  });

  it('tells any other refusal, with or without a JSON body', async () => {
    await expect(
      uploadImport(file, NO_HINTS, async () => json({ message: ['format must be one of …'] }, 400)),
    ).rejects.toThrow('The upload was refused (400): format must be one of …');
    await expect(uploadImport(file, NO_HINTS, async () => new Response('oops', { status: 500 }))).rejects.toThrow(
      'The upload was refused (500)',
    );
  });
});

describe('uploadFormData', () => {
  it('sends only the hints that were filled in, without surrounding blanks', () => {
    const body = uploadFormData(file, {
      format: '',
      account: '  Northwind Outfitters ',
      platform: 'INSTAGRAM',
      currency: '   ',
      exportedOn: '2026-02-24',
      periodStart: '2026-01-01',
      periodEnd: ' ',
    });
    expect([...body.keys()]).toEqual(['file', 'account', 'platform', 'exportedOn', 'periodStart']);
    expect(body.get('account')).toBe('Northwind Outfitters');
    expect(body.get('platform')).toBe('INSTAGRAM');
    expect(body.get('exportedOn')).toBe('2026-02-24');
  });
});

describe('previewImport', () => {
  it('dry-runs the file with its hints and returns the preview', async () => {
    const preview = { id: 'prev-1', fileName: 'ads.csv', format: 'tandem-paid' };
    const send = vi.fn<typeof fetch>(async () => json(preview, 200));
    await expect(previewImport(file, { ...NO_HINTS, currency: 'EUR' }, send)).resolves.toEqual(preview);
    expect(send.mock.calls[0]?.[0]).toBe('/api/imports?dryRun=true');
    expect(sentBody(send).get('currency')).toBe('EUR');
  });

  it('tells a refused dry run like a refused upload', async () => {
    const send = async () => json({ message: 'currency: must be an ISO 4217 currency code such as USD' }, 400);
    await expect(previewImport(file, { ...NO_HINTS, currency: 'EU' }, send)).rejects.toThrow(
      'The upload was refused (400): currency: must be an ISO 4217 currency code such as USD',
    );
  });
});
