import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { exportFormatsMock } from '../../../testing/export-formats.fixture';
import { paidPreview } from '../../../testing/import-preview.fixture';
import { byTestId, click, render, settle } from '../../../testing/render.util';
import type { ImportPreviewAnswer } from '../upload.util';
import { ImportPreviewPanel } from './ImportPreviewPanel';

const unreadable: ImportPreviewAnswer = {
  ...paidPreview,
  id: 'prev-2',
  fileName: 'notes.csv',
  format: null,
  formatLabel: null,
  from: null,
  to: null,
  accounts: [],
  rows: [],
  paid: [],
  rowsRejected: 0,
  errors: [
    {
      row: null,
      column: null,
      message: 'No supported format recognises notes.csv. Supported: tandem-paid…',
      rowImported: false,
    },
  ],
  warnings: [],
};

const pending = (preview: ImportPreviewAnswer) => ({ preview, committing: false, commitError: null });

describe('ImportPreviewPanel', () => {
  it('shows the detected format, dates, accounts and rows in human words', async () => {
    const view = await render(
      <ImportPreviewPanel item={pending(paidPreview)} onCommit={vi.fn()} onDiscard={vi.fn()} />,
    );
    expect(byTestId(view, 'preview-format').textContent).toBe('Tandem paid template (tandem-paid)');
    expect(byTestId(view, 'preview-dates').textContent).toMatch(/Jul 1\s–\s31, 2026/);
    expect(byTestId(view, 'preview-accounts').textContent).toBe(
      'Facebook · Northwind Outfitters - Meta (381920475610293)',
    );
    expect([...byTestId(view, 'preview-rows').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '1,240 daily paid rows',
      '2 whole-period paid rows',
    ]);
    expect(byTestId(view, 'preview-warnings').textContent).toContain('whole-period file');
    expect(view.querySelector('[data-testid="preview-organic"]')).toBeNull();
  });

  it('totals paid results per currency, formatted in that currency', async () => {
    const view = await render(
      <ImportPreviewPanel item={pending(paidPreview)} onCommit={vi.fn()} onDiscard={vi.fn()} />,
    );
    const [usd, unknown] = view.querySelectorAll<HTMLElement>('[data-testid="preview-paid-currency"]');
    expect(byTestId(usd!, 'preview-paid-spend').textContent).toBe('$12,345.67');
    expect(byTestId(usd!, 'preview-paid-revenue').textContent).toBe('$23,456.78');
    expect(unknown!.textContent).toContain('currency decided on import');
    expect(byTestId(unknown!, 'preview-paid-spend').textContent).toBe('99.50');
  });

  it('lists the first errors with line, column, message and whether the rest of the row is imported', async () => {
    const view = await render(
      <ImportPreviewPanel item={pending(paidPreview)} onCommit={vi.fn()} onDiscard={vi.fn()} />,
    );
    expect(byTestId(view, 'preview-rows-rejected').textContent).toBe('25');
    const cells = [...byTestId(view, 'preview-errors').querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual([
      '14',
      'impressions',
      'impressions "abc" is not a number',
      'Value left out, rest of the row imported',
      '15',
      'date',
      'date is required',
      'Row not imported',
    ]);
    expect(view.textContent).toContain('25 rows would not be imported; the others would.');
  });

  it('imports or discards on request', async () => {
    const onCommit = vi.fn();
    const onDiscard = vi.fn();
    const view = await render(
      <ImportPreviewPanel item={pending(paidPreview)} onCommit={onCommit} onDiscard={onDiscard} />,
    );
    await click(byTestId(view, 'preview-commit'));
    await click(byTestId(view, 'preview-discard'));
    expect(onCommit).toHaveBeenCalledOnce();
    expect(onDiscard).toHaveBeenCalledOnce();
  });

  it('shows why an unrecognised file cannot be imported, and offers no Import button', async () => {
    const view = await render(
      <MockedProvider mocks={[exportFormatsMock]} mockLinkDefaultOptions={{ delay: 0 }}>
        <ImportPreviewPanel item={pending(unreadable)} onCommit={vi.fn()} onDiscard={vi.fn()} />
      </MockedProvider>,
    );
    await settle();
    expect(byTestId(view, 'problem-what').textContent).toContain('No supported format recognises notes.csv');
    expect(byTestId(view, 'problem-fix').textContent).toMatch(/pick its format under More options/);
    expect(byTestId(view, 'supported-formats').textContent).toContain('Google Ads report (google-ads)');
    expect(byTestId(view, 'preview-format').textContent).toContain('not recognised');
    expect(view.querySelector('[data-testid="preview-commit"]')).toBeNull();
    expect(byTestId(view, 'preview-discard')).toBeTruthy();
  });

  it('keeps the panel with the reason when importing fails', async () => {
    const item = { preview: paidPreview, committing: false, commitError: 'No import preview prev-1' };
    const view = await render(<ImportPreviewPanel item={item} onCommit={vi.fn()} onDiscard={vi.fn()} />);
    expect(byTestId(view, 'preview-commit-error').textContent).toBe(
      'tandem-paid.csv was not imported: No import preview prev-1',
    );
  });
});
