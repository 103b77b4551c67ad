import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ExportFormatsDocument } from '../../../generated/graphql';
import { exportFormatsMock } from '../../../testing/export-formats.fixture';
import { byTestId, render, settle, typeInto } from '../../../testing/render.util';
import { NO_HINTS } from '../upload.util';
import { UploadOptions } from './UploadOptions';

async function renderOptions(mock: MockedResponse, onChange = vi.fn()) {
  const view = await render(
    <MockedProvider mocks={[mock]} mockLinkDefaultOptions={{ delay: 0 }}>
      <UploadOptions hints={NO_HINTS} onChange={onChange} />
    </MockedProvider>,
  );
  await settle();
  return view;
}

const optionsOf = (select: HTMLElement) =>
  [...(select as HTMLSelectElement).options].map((option) => [option.value, option.textContent]);

describe('UploadOptions', () => {
  it("offers Auto-detect, then the API's formats in the API's order", async () => {
    const view = await renderOptions(exportFormatsMock);
    expect(optionsOf(byTestId(view, 'upload-format'))).toEqual([
      ['', 'Auto-detect'],
      ['tandem-paid', 'Tandem paid template'],
      ['meta-business-suite-series', 'Meta Business Suite daily series'],
      ['google-ads', 'Google Ads report'],
    ]);
    expect((byTestId(view, 'upload-format') as HTMLSelectElement).value).toBe('');
  });

  it('hands the chosen format id on as the format hint', async () => {
    const onChange = vi.fn();
    const view = await renderOptions(exportFormatsMock, onChange);
    const select = byTestId(view, 'upload-format') as HTMLSelectElement;
    await act(async () => {
      select.value = 'google-ads';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ ...NO_HINTS, format: 'google-ads' });
  });

  it('still lets the API detect the format when the list cannot be loaded', async () => {
    const view = await renderOptions({
      request: { query: ExportFormatsDocument },
      error: new Error('Network down'),
    });
    expect(optionsOf(byTestId(view, 'upload-format'))).toEqual([['', 'Auto-detect']]);
    expect(byTestId(view, 'upload-options').textContent).toContain('The list of formats could not be loaded');
  });

  it('asks for the period an export without dates covers', async () => {
    const onChange = vi.fn();
    const view = await renderOptions(exportFormatsMock, onChange);
    await typeInto(byTestId(view, 'upload-period-start') as HTMLInputElement, '2026-03-01');
    expect(onChange).toHaveBeenCalledWith({ ...NO_HINTS, periodStart: '2026-03-01' });
    expect(byTestId(view, 'upload-options').textContent).toContain('never spread over days');
  });
});
