import { ConnectButton, ConnectModal, IntegrationCatalog, PatchbayProvider, type ConnectEvent, type PatchbayTexts } from '@patchbay/react';
import { useEffect, useState } from 'react';

/** Your backend creates the session with your API key (server/patchbayRoutes.ts); the browser only sees the token. */
async function getSessionToken(): Promise<string> {
  const response = await fetch('/api/connect-session', { method: 'POST' });
  if (!response.ok) throw new Error(`Could not start a connect session (${response.status}).`);
  return ((await response.json()) as { token: string }).token;
}

/** Localising the widget: any text can be replaced; these are a few of them in German. */
const german: Partial<PatchbayTexts> = {
  catalogLabel: 'Integrationen',
  modalTitle: 'Werkzeuge verbinden',
  close: 'Schließen',
  searchLabel: 'Integrationen durchsuchen',
  searchPlaceholder: 'Suchen',
  allCategories: 'Alle',
  categoriesLabel: 'Kategorien',
  connect: 'Verbinden',
  connectLabel: '{name} verbinden',
  connectedLabel: '{name} verbunden',
  disconnect: 'Trennen',
  disconnectLabel: '{name} trennen',
  statusConnected: 'Verbunden',
  statusNotConnected: 'Nicht verbunden',
  connected: '{name} ist verbunden.',
  disconnected: '{name} wurde getrennt.',
  'category.communication': 'Kommunikation',
  'category.productivity': 'Produktivität',
};

type Theme = 'light' | 'dark' | 'auto';

/** Where the page starts: `?theme=dark&lang=de` (so a link, or a test, can show one setting). */
function initialSetting<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(window.location.search).get(name);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function describe(event: ConnectEvent): string {
  const details = [
    'integration' in event ? event.integration : undefined,
    'connectionId' in event ? event.connectionId : undefined,
    'reason' in event ? event.reason : undefined,
    'error' in event && event.error ? event.error.code : undefined,
  ];
  return [event.name, ...details.filter(Boolean)].join(' ');
}

export function App() {
  const [baseUrl, setBaseUrl] = useState<string>();
  const [events, setEvents] = useState<string[]>([]);
  const [theme, setTheme] = useState<Theme>(() => initialSetting('theme', ['light', 'dark', 'auto'], 'light'));
  const [language, setLanguage] = useState(() => initialSetting('lang', ['en', 'de'], 'en'));
  const [modalOpen, setModalOpen] = useState(false);
  useEffect(() => {
    void fetch('/api/patchbay-config')
      .then((response) => response.json() as Promise<{ baseUrl: string }>)
      .then((config) => setBaseUrl(config.baseUrl));
  }, []);
  const log = (line: string) => setEvents((previous) => [...previous.slice(-11), line]);

  if (!baseUrl) return <main>Loading…</main>;
  return (
    <div className="page" data-theme={theme}>
      <main>
        <header>
          <h1>Acme · Integrations</h1>
          <div className="settings">
            <label>
              Theme{' '}
              <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
                <option value="auto">Device</option>
              </select>
            </label>
            <label>
              Language{' '}
              <select value={language} onChange={(event) => setLanguage(event.target.value as 'en' | 'de')}>
                <option value="en">English</option>
                <option value="de">Deutsch</option>
              </select>
            </label>
          </div>
        </header>
        <p>Connect the tools your team uses. Acme never sees your passwords.</p>
        {/* One provider: one connect session, shared by every component below it. */}
        <PatchbayProvider
          baseUrl={baseUrl}
          getSessionToken={getSessionToken}
          theme={theme}
          texts={language === 'de' ? german : undefined}
          onSuccess={({ integration, connectionId }) => log(`connected ${integration} (${connectionId})`)}
          onExit={({ integration, reason }) => log(`not connected ${integration}: ${reason}`)}
          onEvent={(event) => log(`event ${describe(event)}`)}
        >
          <section className="quick" aria-labelledby="quick-title">
            <h2 id="quick-title">Notifications</h2>
            <p>Post alerts to a Slack channel.</p>
            <ConnectButton integration="slack" />
            <button type="button" className="browse" onClick={() => setModalOpen(true)}>
              Browse all integrations
            </button>
          </section>
          <IntegrationCatalog />
          <ConnectModal open={modalOpen} onClose={() => setModalOpen(false)} />
        </PatchbayProvider>
        <h2>Events</h2>
        <ol className="events" aria-label="Events">
          {events.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </main>
    </div>
  );
}
