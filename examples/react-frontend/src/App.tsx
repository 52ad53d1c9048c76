import { IntegrationCatalog, PatchbayProvider, usePatchbayConnect, type ConnectEvent } from '@patchbay/react';
import { useEffect, useState } from 'react';

/** Your backend creates the session with your API key (server/patchbayRoutes.ts); the browser only sees the token. */
async function getSessionToken(): Promise<string> {
  const response = await fetch('/api/connect-session', { method: 'POST' });
  if (!response.ok) throw new Error(`Could not start a connect session (${response.status}).`);
  return ((await response.json()) as { token: string }).token;
}

/** The hook on its own: any button of yours can start a connection. */
function QuickConnect({ onEvent }: { onEvent: (event: ConnectEvent) => void }) {
  const { open, ready, error } = usePatchbayConnect({ onEvent });
  return (
    <p>
      <button type="button" disabled={!ready} onClick={() => void open('slack')}>
        Quick connect to Slack
      </button>
      {error ? <span role="alert"> {error.message}</span> : null}
    </p>
  );
}

export function App() {
  const [baseUrl, setBaseUrl] = useState<string>();
  const [events, setEvents] = useState<string[]>([]);
  useEffect(() => {
    void fetch('/api/patchbay-config')
      .then((response) => response.json() as Promise<{ baseUrl: string }>)
      .then((config) => setBaseUrl(config.baseUrl));
  }, []);
  const log = (line: string) => setEvents((previous) => [...previous.slice(-9), line]);

  if (!baseUrl) return <main>Loading…</main>;
  return (
    <main>
      <h1>Integrations</h1>
      <p>Connect the tools your team uses. Acme never sees your passwords.</p>
      <PatchbayProvider
        baseUrl={baseUrl}
        getSessionToken={getSessionToken}
        onSuccess={({ integration, connectionId }) => log(`connected ${integration} (${connectionId})`)}
        onExit={({ integration, reason }) => log(`not connected ${integration}: ${reason}`)}
      >
        <IntegrationCatalog onEvent={(event) => log(`event ${event.name} ${event.integration}`)} />
        <QuickConnect onEvent={(event) => log(`event ${event.name} ${event.integration}`)} />
      </PatchbayProvider>
      <ol className="events" aria-label="Events">
        {events.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}
