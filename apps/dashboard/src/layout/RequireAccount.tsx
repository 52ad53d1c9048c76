import { Navigate, Outlet, useLocation } from 'react-router';
import { useAccount } from '../api/session.js';

/** Pages behind sign-in: a signed-out visitor goes to sign-in and comes back afterwards. */
export function RequireAccount() {
  const account = useAccount();
  const location = useLocation();
  if (account.isPending) {
    return (
      <div className="loading page-loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading…
      </div>
    );
  }
  if (account.isError) {
    return (
      <div className="auth-page">
        <div className="alert alert-error" role="alert">
          Patchbay could not be reached: {account.error.message}
        </div>
      </div>
    );
  }
  if (!account.data) return <Navigate to="/dashboard/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
