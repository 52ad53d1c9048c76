import { useState } from 'react';
import { NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { useAccount, useSelectApp, useSignOut } from '../api/session.js';
import { Dialog } from '../components/Dialog.js';
import { EmptyState } from '../components/QueryState.js';
import { rememberApp } from '../pages/HomeRedirect.js';
import { CreateAppForm } from './CreateAppForm.js';
import { Brand } from '../components/Brand.js';

const sections = [
  ['overview', 'Overview'],
  ['executions', 'Executions'],
  ['end-users', 'End users'],
  ['integrations', 'Integrations'],
  ['agent-tools', 'Agent tools'],
  ['api-keys', 'API keys'],
  ['webhooks', 'Webhooks'],
  ['usage', 'Usage & billing'],
] as const;

/** Sidebar (app switcher, sections, account) around the page of the app in the URL. */
export function AppLayout() {
  const { appId } = useParams();
  const { data: account } = useAccount();
  const selectApp = useSelectApp();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [creating, setCreating] = useState(false);
  const app = account?.apps.find((candidate) => candidate.appId === appId);
  // Set while rendering, so the queries of the page below already act for this app.
  selectApp(app?.appId);
  if (!account) return null;
  if (app) rememberApp(app.appId);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <Brand />
        <label className="sr-only" htmlFor="app-switcher">
          App
        </label>
        <select
          id="app-switcher"
          className="input app-switcher"
          value={app?.appId ?? ''}
          onChange={(event) => {
            if (event.target.value === '__new') setCreating(true);
            else navigate(`/dashboard/apps/${event.target.value}/overview`);
          }}
        >
          {!app && <option value="">Choose an app</option>}
          {account.apps.map((candidate) => (
            <option key={candidate.appId} value={candidate.appId}>
              {candidate.name}
            </option>
          ))}
          <option value="__new">+ New app…</option>
        </select>
        <nav aria-label="Dashboard">
          <ul className="nav">
            {app &&
              sections.map(([path, label]) => (
                <li key={path}>
                  <NavLink to={`/dashboard/apps/${app.appId}/${path}`} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
                    {label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <div className="account" title={account.account.email}>
            <strong>{account.account.name}</strong>
            <span>{account.account.email}</span>
          </div>
          <button
            type="button"
            className="button button-ghost"
            onClick={() =>
              void signOut().then(() => navigate('/dashboard/sign-in', { replace: true }))
            }
          >
            Sign out
          </button>
        </div>
      </aside>
      <main className="content" id="main" tabIndex={-1}>
        {app ? (
          <Outlet />
        ) : (
          <EmptyState title="App not found">
            <p>This app does not exist or belongs to another account. Pick one in the switcher.</p>
          </EmptyState>
        )}
      </main>
      {creating && (
        <Dialog title="New app" onClose={() => setCreating(false)}>
          <CreateAppForm onDone={() => setCreating(false)} />
        </Dialog>
      )}
    </div>
  );
}
