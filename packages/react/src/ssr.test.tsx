// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports and renders every component without a window', async () => {
    expect(typeof window).toBe('undefined');
    const { ConnectButton, ConnectModal, IntegrationCatalog, PatchbayProvider } = await import('./index.js');
    const html = renderToString(
      <PatchbayProvider baseUrl="https://patchbay.test" getSessionToken={() => Promise.reject(new Error('not on the server'))} theme="dark">
        <IntegrationCatalog />
        <ConnectButton integration="google-sheets" />
        <ConnectModal open onClose={() => {}} />
      </PatchbayProvider>,
    );
    expect(html).toContain('Loading integrations…');
    expect(html).toContain('Connect Google sheets');
    expect(html).toContain('role="dialog"');
    expect(html).toContain('data-pb-theme="dark"');
  });
});
