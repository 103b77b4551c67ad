import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ApiKeyRole,
  CreateApiKeyDocument,
  CreateWorkspaceDocument,
  RevokeApiKeyDocument,
  UpdateWorkspaceDocument,
} from '../generated/graphql';
import { apiKeyStore } from '../modules/auth/api-key.store';
import { byTestId, click, render, settle, settleUntil, typeInto } from '../testing/render.util';
import {
  apiKeyOf,
  apiKeysMock,
  auditEventOf,
  auditLogMock,
  settingsWorkspace,
  settingsWorkspaceMock,
} from '../testing/settings.fixture';
import { SettingsPage } from './SettingsPage';

const ownerKey = apiKeyOf('k-owner', 'owner');
const ciKey = apiKeyOf('k-ci', 'CI uploads', { role: 'UPLOADER', lastUsedAt: '2026-11-29T08:00:00Z' });
const firstPage = auditLogMock(
  null,
  [auditEventOf('3', 'createApiKey'), auditEventOf('2', 'POST /api/imports')],
  'c-2',
);

async function renderSettings(mocks: MockedResponse[], keyRole: ApiKeyRole = 'OWNER') {
  const view = await render(
    <MockedProvider
      mocks={[settingsWorkspaceMock, apiKeysMock([ownerKey, ciKey]), firstPage, ...mocks]}
      mockLinkDefaultOptions={{ delay: 0 }}
    >
      <SettingsPage keyRole={keyRole} />
    </MockedProvider>,
  );
  await settle();
  return view;
}

const rows = (view: HTMLElement, testId: string) => [
  ...view.querySelectorAll<HTMLTableRowElement>(`[data-testid="${testId}"]`),
];

describe('SettingsPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells a key that is not an owner key what the page is for, and asks nothing of the API', async () => {
    const view = await renderSettings([], 'ANALYST');
    expect(byTestId(view, 'settings-role-notice').textContent).toContain('This API key is a analyst key');
    expect(view.querySelector('[data-testid="workspace-settings"]')).toBeNull();
    expect(view.querySelector('[data-testid="api-keys"]')).toBeNull();
  });

  it('saves the currency, time zone and organic monthly cost', async () => {
    const saved = { ...settingsWorkspace, currency: 'EUR', timeZone: 'Europe/Paris', organicMonthlyCost: 2500 };
    const update = {
      request: {
        query: UpdateWorkspaceDocument,
        variables: { currency: 'EUR', timeZone: 'Europe/Paris', organicMonthlyCost: 2500 },
      },
      result: { data: { updateWorkspace: saved } },
    };
    const view = await renderSettings([update]);
    await typeInto(byTestId(view, 'settings-currency') as HTMLInputElement, 'eur');
    await typeInto(byTestId(view, 'settings-time-zone') as HTMLInputElement, 'Europe/Paris');
    await typeInto(byTestId(view, 'settings-organic-cost') as HTMLInputElement, '2500');
    await click(byTestId(view, 'settings-save'));
    await settle();
    expect(byTestId(view, 'settings-status').textContent).toBe('Saved.');
    expect((byTestId(view, 'settings-currency') as HTMLInputElement).value).toBe('EUR');
  });

  it('lists the keys and shows a new key’s secret once, with a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const created = apiKeyOf('k-new', 'Client dashboard', { role: 'VIEWER' });
    const view = await renderSettings([
      {
        request: { query: CreateApiKeyDocument, variables: { name: 'Client dashboard', role: 'VIEWER' } },
        result: { data: { createApiKey: { __typename: 'CreatedApiKey', key: created, secret: 'tdm_the-secret' } } },
      },
      apiKeysMock([ownerKey, ciKey, created]),
    ]);
    expect(rows(view, 'api-key-row').map((row) => row.cells[0]?.textContent)).toEqual(['owner', 'CI uploads']);
    expect(rows(view, 'api-key-row')[1]?.cells[2]?.textContent).toBe('tdm_k-cixxxx…');
    expect(rows(view, 'api-key-row')[0]?.cells[4]?.textContent).toBe('Never');

    await typeInto(byTestId(view, 'create-key-name') as HTMLInputElement, 'Client dashboard');
    await click(byTestId(view, 'create-key-submit'));
    await settleUntil(view, '[data-testid="new-key"]');
    expect(byTestId(view, 'new-key-value').textContent).toBe('tdm_the-secret');
    await click(byTestId(view, 'new-key').querySelector('button')!);
    expect(writeText).toHaveBeenCalledWith('tdm_the-secret');
    await settle();
    expect(rows(view, 'api-key-row')).toHaveLength(3);
    await click(byTestId(view, 'new-key-done'));
    expect(view.querySelector('[data-testid="new-key"]')).toBeNull();
    expect(view.textContent).not.toContain('tdm_the-secret');
  });

  it('revokes a key only once the owner confirms', async () => {
    const revoked = { ...ciKey, revokedAt: '2026-11-29T11:00:00Z' };
    const view = await renderSettings([
      {
        request: { query: RevokeApiKeyDocument, variables: { id: 'k-ci' } },
        result: { data: { revokeApiKey: revoked } },
      },
    ]);
    const ci = rows(view, 'api-key-row')[1]!;
    await click(byTestId(ci, 'revoke-key'));
    await click(byTestId(ci, 'revoke-key-cancel'));
    expect(byTestId(ci, 'revoke-key').textContent).toBe('Revoke');
    await click(byTestId(ci, 'revoke-key'));
    expect(ci.textContent).toContain('Revoke “CI uploads”? It stops working at once.');
    await click(byTestId(ci, 'revoke-key-confirm'));
    await settle();
    expect(rows(view, 'api-key-row')[1]?.cells[5]?.textContent).toMatch(/^Revoked /);
  });

  it('pages through the audit log, older and back', async () => {
    const view = await renderSettings([
      auditLogMock('c-2', [auditEventOf('1', 'setOrganicCost', { outcome: 'REFUSED', errorCode: 'FORBIDDEN' })], null),
      firstPage,
    ]);
    const actions = () => rows(view, 'audit-row').map((row) => row.cells[2]?.textContent);
    expect(actions()).toEqual(['createApiKey', 'POST /api/imports']);
    expect((byTestId(view, 'audit-newer') as HTMLButtonElement).disabled).toBe(true);
    await click(byTestId(view, 'audit-older'));
    await settle();
    expect(actions()).toEqual(['setOrganicCost']);
    expect(rows(view, 'audit-row')[0]?.cells[4]?.textContent).toBe('Refused (role) · FORBIDDEN');
    expect((byTestId(view, 'audit-older') as HTMLButtonElement).disabled).toBe(true);
    await click(byTestId(view, 'audit-newer'));
    await settle();
    expect(actions()).toEqual(['createApiKey', 'POST /api/imports']);
  });

  it('creates a workspace, keeps its owner key in this browser and opens it on request', async () => {
    apiKeyStore.connect('tdm_acme', { id: 'ws-1', name: 'Acme' });
    const view = await renderSettings([
      {
        request: { query: CreateWorkspaceDocument, variables: { name: 'Northwind', currency: 'EUR', timeZone: null } },
        result: {
          data: {
            createWorkspace: {
              __typename: 'CreatedWorkspace',
              workspace: { __typename: 'Workspace', id: 'ws-2', name: 'Northwind' },
              ownerKey: 'tdm_northwind-owner',
            },
          },
        },
      },
    ]);
    const form = byTestId(view, 'create-workspace');
    await typeInto(byTestId(form, 'create-workspace-name') as HTMLInputElement, 'Northwind');
    await typeInto(form.querySelectorAll('input')[1] as HTMLInputElement, 'eur');
    await click(byTestId(form, 'create-workspace-submit'));
    await settleUntil(view, '[data-testid="new-workspace-key"]');
    expect(byTestId(view, 'new-workspace-key-value').textContent).toBe('tdm_northwind-owner');
    expect(apiKeyStore.snapshot().saved).toEqual([
      { apiKey: 'tdm_acme', workspaceId: 'ws-1', name: 'Acme' },
      { apiKey: 'tdm_northwind-owner', workspaceId: 'ws-2', name: 'Northwind' },
    ]);
    expect(apiKeyStore.snapshot().apiKey).toBe('tdm_acme');
    await click(byTestId(view, 'open-new-workspace'));
    expect(apiKeyStore.snapshot().apiKey).toBe('tdm_northwind-owner');
  });
});
