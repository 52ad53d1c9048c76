import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { unwrap } from '../api/client.js';
import { accountQueryKey, useAccount, useApi } from '../api/session.js';
import { ErrorMessage } from '../components/QueryState.js';
import { Brand } from '../components/Brand.js';

export function SignInPage() {
  const api = useApi();
  const account = useAccount();
  const queryClient = useQueryClient();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  // Back to the page that asked for sign-in; only dashboard paths (no open redirect).
  const target = from?.startsWith('/dashboard/apps/') ? from : '/dashboard';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/dashboard/sign-in', { body: { email: email.trim(), password } })),
    onSuccess: (signedIn) => queryClient.setQueryData(accountQueryKey, signedIn),
  });
  if (account.data) return <Navigate to={target} replace />;
  return (
    <div className="auth-page">
      <form
        className="auth-card form"
        onSubmit={(event) => {
          event.preventDefault();
          signIn.mutate();
        }}
      >
        <Brand />
        <h1>Sign in</h1>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" className="input" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" className="input" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </div>
        <ErrorMessage error={signIn.error} />
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="hint">
          New to Patchbay? <Link to="/dashboard/sign-up">Create an account</Link>
        </p>
      </form>
    </div>
  );
}
