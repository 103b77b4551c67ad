import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ApiKeyRole, CommitImportPreviewDocument, ImportsDocument, type ImportStatus } from '../generated/graphql';
import { apiKeyStore } from '../modules/auth/api-key.store';
import { exportFormatsMock } from '../testing/export-formats.fixture';
import { paidPreview } from '../testing/import-preview.fixture';
import { importOf, importsMock } from '../testing/imports.fixture';
import { byTestId, click, render, settle, typeInto } from '../testing/render.util';
import { ImportsPage } from './ImportsPage';

async function renderImports(statuses: ImportStatus[], extraMocks: MockedResponse[] = []) {
  return renderWithMocks([...statuses.map((status) => importsMock([importOf(status)])), ...extraMocks]);
}

async function renderWithMocks(importMocks: MockedResponse[], keyRole: ApiKeyRole = 'OWNER') {
  const mocks = [exportFormatsMock, ...importMocks];
  return render(
    <MockedProvider mocks={mocks} mockLinkDefaultOptions={{ delay: 0 }}>
      <ImportsPage keyRole={keyRole} />
    </MockedProvider>,
  );
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function chooseFile(view: HTMLElement, ...files: File[]) {
  const input = byTestId(view, 'upload-input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

async function choose(select: HTMLElement, value: string) {
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ImportsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('polls while an import is processing and stops once it is completed', async () => {
    const view = await renderImports(['PROCESSING', 'COMPLETED']);
    await settle();
    expect(byTestId(view, 'import-row').dataset.status).toBe('PROCESSING');
    expect(view.querySelector('[data-testid="import-changes"]')).toBeNull(); // not until it has finished
    expect(byTestId(view, 'import-format').textContent).toBe('Tandem paid template');
    expect(byTestId(view, 'import-format').title).toBe('tandem-paid');
    await settle(1100);
    expect(byTestId(view, 'import-row').dataset.status).toBe('COMPLETED');
    expect(byTestId(view, 'import-rows-imported').textContent).toBe('10');
    expect(byTestId(view, 'import-changes').textContent).toBe(
      'Added 5 days: spend +120.50, conversions +4, impressions +1,000',
    );
    expect(byTestId(view, 'import-changes').title).toBe('10 new, 0 restated, 0 unchanged');
    await settle(1100); // a third poll would find no mocked answer and show an error
    expect(view.querySelector('[role="alert"]')).toBeNull();
  });

  it("shows the API's message when an upload is refused", async () => {
    apiKeyStore.connect('k1');
    const send = vi.fn<typeof fetch>(
      async () => new Response(JSON.stringify({ message: 'File is larger than 200 MB' }), { status: 413 }),
    );
    vi.stubGlobal('fetch', send);
    const view = await renderImports(['COMPLETED']);
    await chooseFile(view, new File(['x'], 'huge.csv'));
    expect(new Headers(send.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer k1');
    expect(byTestId(view, 'problem-what').textContent).toBe(
      'huge.csv was not uploaded. The file is too large (413): File is larger than 200 MB',
    );
    expect(byTestId(view, 'problem-fix').textContent).toMatch(/^Export a shorter date range/);
    expect(view.querySelector('[data-testid="supported-formats"]')).toBeNull(); // not a format problem
  });

  it('sends each of several chosen files on its own, and a refused one does not stop the next', async () => {
    const send = vi.fn<typeof fetch>(async (_url, init) => {
      const name = ((init?.body as FormData).get('file') as File).name;
      if (name === 'b.csv') return json({ message: 'File is larger than 200 MB' }, 413);
      return json({ id: `imp-${name}`, status: 'QUEUED' }, 202);
    });
    vi.stubGlobal('fetch', send);
    const view = await renderImports(['COMPLETED', 'COMPLETED', 'COMPLETED']);
    await click(byTestId(view, 'preview-toggle'));
    await chooseFile(view, new File(['a'], 'a.csv'), new File(['b'], 'b.csv'), new File(['c'], 'c.csv'));
    const sent = send.mock.calls.map(([, init]) => ((init?.body as FormData).get('file') as File).name);
    expect(sent).toEqual(['a.csv', 'b.csv', 'c.csv']);
    const items = [...byTestId(view, 'upload-files').querySelectorAll<HTMLElement>('li')];
    expect(items.map((item) => item.dataset.state)).toEqual(['uploaded', 'failed', 'uploaded']);
    expect(items[0]?.textContent).toBe('a.csv uploaded; the import is queued below.');
    expect(items[1]?.textContent).toContain('b.csv was not uploaded.');
  });

  it('previews each of several chosen files in its own panel', async () => {
    const send = vi.fn<typeof fetch>(async (_url, init) => {
      const name = ((init?.body as FormData).get('file') as File).name;
      return json({ ...paidPreview, id: `prev-${name}`, fileName: name }, 200);
    });
    vi.stubGlobal('fetch', send);
    const view = await renderImports(['COMPLETED']);
    await chooseFile(view, new File(['a'], 'a.csv'), new File(['b'], 'b.csv'));
    const panels = [...view.querySelectorAll<HTMLElement>('[data-testid="import-preview"]')];
    expect(panels.map((panel) => panel.dataset.previewId)).toEqual(['prev-a.csv', 'prev-b.csv']);
    await click(byTestId(panels[0]!, 'preview-discard'));
    const items = [...byTestId(view, 'upload-files').querySelectorAll<HTMLElement>('li')];
    expect(items.map((item) => item.dataset.state)).toEqual(['discarded', 'previewed']);
  });

  it('tells an unrecognised file: what is wrong, then the fix, with the supported formats in a disclosure', async () => {
    const message =
      '"notes.csv" is not a supported export (a CSV with columns note, day). Supported formats: Tandem paid template (tandem-paid), Google Ads report (google-ads). Closest: Google Ads report (no Campaign column).';
    const unreadable = { ...paidPreview, format: null, formatLabel: null, fileName: 'notes.csv' };
    vi.stubGlobal('fetch', async () =>
      json({ ...unreadable, errors: [{ row: null, column: null, message, rowImported: false }] }, 200),
    );
    const view = await renderImports(['COMPLETED']);
    await chooseFile(view, new File(['x'], 'notes.csv'));
    const problem = byTestId(view, 'preview-errors');
    expect(byTestId(problem, 'problem-what').textContent).toBe(
      '"notes.csv" is not a supported export (a CSV with columns note, day). Closest: Google Ads report (no Campaign column).',
    );
    expect(byTestId(problem, 'problem-fix').textContent).toMatch(
      /^Upload the file exactly as the platform exported it/,
    );
    const formats = byTestId(problem, 'supported-formats') as HTMLDetailsElement;
    expect(formats.tagName).toBe('DETAILS');
    expect(formats.open).toBe(false);
    expect([...formats.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Tandem paid template (tandem-paid)',
      'Meta Business Suite daily series (meta-business-suite-series)',
      'Google Ads report (google-ads)',
    ]);
  });

  it('shows rows done and a rate while an import is processing, with a bar that waits for a total', async () => {
    const processing = (rowsImported: number) =>
      importOf('PROCESSING', 'imp-1', 'meta-ads.csv', { rowsTotal: null, rowsImported });
    const view = await renderWithMocks([
      importsMock([processing(1000)]),
      importsMock([processing(3000)]),
      importsMock([importOf('COMPLETED')]),
    ]);
    await settle();
    expect(byTestId(view, 'import-progress').textContent).toBe('1,000 rows');
    await settle(1100);
    expect(byTestId(view, 'import-progress').textContent).toMatch(/^3,000 rows · [\d,]+ rows\/s$/);
    expect(byTestId(view, 'import-progress').querySelector('progress')?.hasAttribute('value')).toBe(false);
    await settle(1100);
    expect(view.querySelector('[data-testid="import-progress"]')).toBeNull();
  });

  it('says on the row itself that a re-uploaded file restated its days', async () => {
    const note =
      'The same file was imported before (meta-ads.csv, 2026-11-20): the facts it gives again were restated where their values changed, nothing was counted twice';
    const view = await renderWithMocks([
      importsMock([importOf('COMPLETED', 'imp-1', 'meta-ads.csv', { warnings: ['The file has no data rows', note] })]),
    ]);
    await settle();
    const notes = [...byTestId(view, 'import-notes').querySelectorAll<HTMLElement>('li')];
    expect(notes.map((item) => item.dataset.note)).toEqual(['restated', 'note']);
    expect(notes[0]?.textContent).toBe(`Re-upload${note}`);
  });

  it('dry-runs a chosen file first and imports it only when Import is clicked', async () => {
    const send = vi.fn<typeof fetch>(async () => json(paidPreview, 200));
    vi.stubGlobal('fetch', send);
    const committed = importOf('QUEUED', 'imp-2', 'tandem-paid.csv');
    const view = await renderImports(
      ['COMPLETED'],
      [
        {
          request: { query: CommitImportPreviewDocument, variables: { id: 'prev-1' } },
          result: { data: { commitImportPreview: committed } },
        },
        importsMock([committed, importOf('COMPLETED')]),
      ],
    );
    expect((byTestId(view, 'preview-toggle') as HTMLInputElement).checked).toBe(true);
    await chooseFile(view, new File(['x'], 'tandem-paid.csv'));

    expect(send.mock.calls[0]?.[0]).toBe('/api/imports?dryRun=true');
    expect(byTestId(view, 'preview-format').textContent).toContain('tandem-paid');
    expect(view.querySelectorAll('[data-testid="import-row"]')).toHaveLength(1);

    await click(byTestId(view, 'preview-commit'));
    await settle();
    expect(view.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect(byTestId(view, 'upload-status').textContent).toContain('tandem-paid.csv uploaded');
    const rows = [...view.querySelectorAll<HTMLElement>('[data-testid="import-row"]')];
    expect(rows.map((row) => row.dataset.importId)).toEqual(['imp-2', 'imp-1']);
    expect(send).toHaveBeenCalledOnce(); // the import itself went through GraphQL, not a second upload
  });

  it('hides a discarded preview and imports nothing', async () => {
    vi.stubGlobal('fetch', async () => json(paidPreview, 200));
    const view = await renderImports(['COMPLETED']);
    await chooseFile(view, new File(['x'], 'tandem-paid.csv'));
    await click(byTestId(view, 'preview-discard'));
    expect(view.querySelector('[data-testid="import-preview"]')).toBeNull();
  });

  it('uploads straight into the queue with preview off, sending only the options filled in', async () => {
    const send = vi.fn<typeof fetch>(async () => json({ id: 'imp-3', status: 'QUEUED' }, 202));
    vi.stubGlobal('fetch', send);
    const view = await renderImports(['COMPLETED', 'COMPLETED']);
    await click(byTestId(view, 'preview-toggle'));
    await choose(byTestId(view, 'upload-format'), 'meta-business-suite-series');
    await typeInto(byTestId(view, 'upload-account') as HTMLInputElement, 'Northwind Outfitters');
    await choose(byTestId(view, 'upload-platform'), 'INSTAGRAM');
    await typeInto(byTestId(view, 'upload-currency') as HTMLInputElement, 'eur');
    await chooseFile(view, new File(['x'], 'series.csv'));

    const [url, init] = send.mock.calls[0] ?? [];
    const body = init?.body as FormData;
    expect(url).toBe('/api/imports');
    expect([...body.keys()]).toEqual(['file', 'format', 'account', 'platform', 'currency']);
    expect(body.get('format')).toBe('meta-business-suite-series');
    expect(body.get('account')).toBe('Northwind Outfitters');
    expect(body.get('platform')).toBe('INSTAGRAM');
    expect(body.get('currency')).toBe('EUR');
    expect(view.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect(byTestId(view, 'upload-status').textContent).toContain('series.csv uploaded');
  });

  it('tells a viewer key which roles the import history and uploading need, instead of the raw error', async () => {
    const roleError = new GraphQLError('This needs a key with the analyst role', {
      extensions: { code: 'FORBIDDEN' },
    });
    const view = await renderWithMocks(
      [{ request: { query: ImportsDocument, variables: { first: 50 } }, result: { errors: [roleError] } }],
      'VIEWER',
    );
    await settle();
    expect(byTestId(view, 'imports-role-notice').textContent).toBe(
      'This API key is a viewer key: the import history needs an analyst key.',
    );
    expect(byTestId(view, 'upload-role-notice').textContent).toBe(
      'This API key is a viewer key: uploading exports needs an uploader or owner key.',
    );
    expect(view.textContent).not.toContain('This needs a key with the analyst role');
    expect(view.querySelector('[role="alert"]')).toBeNull();
  });

  it('offers uploading only to uploader and owner keys, and the history from analyst keys up', async () => {
    const analyst = await renderWithMocks([importsMock([importOf('COMPLETED')])], 'ANALYST');
    await settle();
    expect(analyst.querySelector('[data-testid="upload-input"]')).toBeNull();
    expect(byTestId(analyst, 'upload-role-notice').textContent).toContain('analyst key');
    expect(byTestId(analyst, 'import-row').dataset.status).toBe('COMPLETED');

    const uploader = await renderWithMocks([importsMock([importOf('COMPLETED')])], 'UPLOADER');
    await settle();
    expect(byTestId(uploader, 'upload-input')).toBeTruthy();
    expect(uploader.querySelector('[data-testid="upload-role-notice"]')).toBeNull();
  });

  it('shows any other failure to load the imports as an error', async () => {
    const serverError = new GraphQLError('Database unavailable', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const view = await renderWithMocks([
      { request: { query: ImportsDocument, variables: { first: 50 } }, result: { errors: [serverError] } },
    ]);
    await settle();
    expect(view.querySelector('[role="alert"]')?.textContent).toContain(
      'Could not load the imports: Database unavailable',
    );
    expect(view.querySelector('[data-testid="imports-role-notice"]')).toBeNull();
  });
});
