import { MockedProvider } from '@apollo/client/testing/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportsDocument, type ImportStatus } from '../generated/graphql';
import { apiKeyStore } from '../modules/auth/api-key.store';
import { byTestId, render, settle } from '../testing/render.util';
import { ImportsPage } from './ImportsPage';

function importsMock(status: ImportStatus) {
  const finished = status === 'COMPLETED';
  return {
    request: { query: ImportsDocument, variables: { first: 50 } },
    result: {
      data: {
        imports: [
          {
            __typename: 'Import',
            id: 'imp-1',
            fileName: 'meta-ads.csv',
            format: 'tandem-paid',
            status,
            rowsTotal: 10,
            rowsImported: finished ? 10 : null,
            rowsRejected: finished ? 0 : null,
            createdAt: '2026-11-29T10:00:00Z',
            finishedAt: finished ? '2026-11-29T10:00:02Z' : null,
          },
        ],
      },
    },
  };
}

async function renderImports(statuses: ImportStatus[]) {
  return render(
    <MockedProvider mocks={statuses.map(importsMock)} mockLinkDefaultOptions={{ delay: 0 }}>
      <ImportsPage />
    </MockedProvider>,
  );
}

describe('ImportsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('polls while an import is processing and stops once it is completed', async () => {
    const view = await renderImports(['PROCESSING', 'COMPLETED']);
    await settle();
    expect(byTestId(view, 'import-row').dataset.status).toBe('PROCESSING');
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
    const input = byTestId(view, 'upload-input');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'huge.csv')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    expect(new Headers(send.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer k1');
    expect(byTestId(view, 'upload-error').textContent).toBe(
      'huge.csv was not uploaded. The file is too large (413): File is larger than 200 MB',
    );
  });
});
