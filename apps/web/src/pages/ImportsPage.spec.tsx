import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ApiKeyRole,
  CommitImportPreviewDocument,
  ImportsDocument,
  type ImportStatus,
  type ImportSummaryFragment,
} from '../generated/graphql';
import { apiKeyStore } from '../modules/auth/api-key.store';
import { exportFormatsMock } from '../testing/export-formats.fixture';
import { paidPreview } from '../testing/import-preview.fixture';
import { byTestId, click, render, settle, typeInto } from '../testing/render.util';
import { ImportsPage } from './ImportsPage';

function importOf(status: ImportStatus, id = 'imp-1', fileName = 'meta-ads.csv') {
  const finished = status === 'COMPLETED';
  return {
    __typename: 'Import' as const,
    id,
    fileName,
    format: 'tandem-paid',
    status,
    rowsTotal: 10,
    rowsImported: finished ? 10 : null,
    rowsRejected: finished ? 0 : null,
    createdAt: '2026-11-29T10:00:00Z',
    finishedAt: finished ? '2026-11-29T10:00:02Z' : null,
  } satisfies ImportSummaryFragment & { __typename: 'Import' };
}

const importsMock = (imports: ReturnType<typeof importOf>[]) => ({
  request: { query: ImportsDocument, variables: { first: 50 } },
  result: { data: { imports } },
});

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

async function chooseFile(view: HTMLElement, file: File) {
  const input = byTestId(view, 'upload-input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
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
    expect(byTestId(view, 'import-format').textContent).toBe('Tandem paid template');
    expect(byTestId(view, 'import-format').title).toBe('tandem-paid');
    await settle(1100);
    expect(byTestId(view, 'import-row').dataset.status).toBe('COMPLETED');
    expect(byTestId(view, 'import-rows-imported').textContent).toBe('10');
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
    expect(byTestId(view, 'upload-error').textContent).toBe(
      'huge.csv was not uploaded. The file is too large (413): File is larger than 200 MB',
    );
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
