import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { baseUrl, fakePatchbay } from '../../test/fakePatchbay.js';
import { PatchbayProvider } from '../context.js';
import { ConnectModal } from './ConnectModal.js';

const patchbay = fakePatchbay();
beforeAll(() => patchbay.server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => patchbay.server.close());
beforeEach(() => {
  patchbay.state.connections = [];
  patchbay.state.more = [
    ['github', 'GitHub', 'developer-tools', 'Repositories and issues.'],
    ['hubspot', 'HubSpot', 'crm', 'Contacts and deals.'],
    ['notion', 'Notion', 'productivity', 'Pages and databases.'],
    ['linear', 'Linear', 'project-management', 'Issue tracking.'],
  ];
});
afterEach(cleanup);

function Page({ onEvent }: { onEvent: (event: unknown) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <PatchbayProvider baseUrl={baseUrl} sessionToken="cs_valid" theme="auto" onEvent={onEvent}>
      <button type="button" onClick={() => setOpen(true)}>
        Manage integrations
      </button>
      <ConnectModal open={open} onClose={() => setOpen(false)} />
    </PatchbayProvider>
  );
}

describe('ConnectModal', () => {
  it('opens the catalog in a modal dialog, starting in its search box, and closes back to its opener', async () => {
    const user = userEvent.setup();
    const onEvent = vi.fn();
    render(<Page onEvent={onEvent} />);
    const opener = screen.getByRole('button', { name: 'Manage integrations' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Connect your tools' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.parentElement!.getAttribute('data-pb-theme')).toBe('auto');
    const search = await within(dialog).findByRole('searchbox', { name: 'Search integrations' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await user.type(search, 'hubs');
    expect(within(dialog).getAllByRole('listitem').map((li) => li.getAttribute('data-slug'))).toEqual(['hubspot']);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([{ name: 'opened' }, { name: 'closed' }]);

    await user.click(opener);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
