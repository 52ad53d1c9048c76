import { Navigate } from 'react-router';
import { useAccount } from '../api/session.js';
import { CreateAppForm } from '../layout/CreateAppForm.js';

const lastAppKey = 'patchbay.dashboard.app';

export function rememberApp(appId: string) {
  try {
    localStorage.setItem(lastAppKey, appId);
  } catch {
    // storage may be unavailable (private mode); the first app is the fallback
  }
}

/** `/dashboard`: the app used last, else the first; an account without apps creates one. */
export function HomeRedirect() {
  const { data: account } = useAccount();
  if (!account) return null;
  const remembered = (() => {
    try {
      return localStorage.getItem(lastAppKey);
    } catch {
      return null;
    }
  })();
  const app = account.apps.find((candidate) => candidate.appId === remembered) ?? account.apps[0];
  if (app) return <Navigate to={`/dashboard/apps/${app.appId}/overview`} replace />;
  return (
    <div className="auth-page">
      <div className="auth-card">
        <h1>Create your first app</h1>
        <p className="page-description">An app holds your API keys, end users, connections and webhooks.</p>
        <CreateAppForm />
      </div>
    </div>
  );
}
