// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports and renders without a window', async () => {
    expect(typeof window).toBe('undefined');
    const { IntegrationCatalog, ConnectButton, PatchbayProvider } = await import('./index.js');
    const html = renderToString(
      <PatchbayProvider baseUrl="https://patchbay.test" sessionToken="cs_x">
        <IntegrationCatalog />
        <ConnectButton integration="slack" />
      </PatchbayProvider>,
    );
    expect(html).toContain('Loading integrations…');
    expect(html).toContain('Connect');
  });
});
