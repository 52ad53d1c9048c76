import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { unwrap } from '../api/client.js';
import { accountQueryKey, useApi } from '../api/session.js';
import { ErrorMessage } from '../components/QueryState.js';
import { CreatedAppSecrets } from '../layout/CreateAppForm.js';
import { Brand } from '../components/Brand.js';

/** Creates the account with its first app (POST /apps, the seed's sign-up), then signs in. */
export function SignUpPage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ accountName: '', accountEmail: '', accountPassword: '', appName: '' });
  const signUp = useMutation({
    mutationFn: async () => {
      const created = await unwrap(api.POST('/api/v1/apps', { body: { ...form, accountEmail: form.accountEmail.trim() } }));
      const account = await unwrap(api.POST('/api/v1/dashboard/sign-in', { body: { email: form.accountEmail.trim(), password: form.accountPassword } }));
      queryClient.setQueryData(accountQueryKey, account);
      return created.app;
    },
  });
  const field = (name: keyof typeof form, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} className="input" required value={form[name]} onChange={(event) => setForm({ ...form, [name]: event.target.value })} {...props} />
    </div>
  );
  return (
    <div className="auth-page">
      <div className="auth-card">
        <Brand />
        {signUp.data ? (
          <>
            <h1>Welcome to Patchbay</h1>
            <CreatedAppSecrets app={signUp.data} />
          </>
        ) : (
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              signUp.mutate();
            }}
          >
            <h1>Create your account</h1>
            {field('accountName', 'Company name', { autoComplete: 'organization', maxLength: 200 })}
            {field('accountEmail', 'Work email', { type: 'email', autoComplete: 'email' })}
            {field('accountPassword', 'Password', { type: 'password', autoComplete: 'new-password', minLength: 8, 'aria-describedby': 'password-hint' })}
            <p className="hint" id="password-hint">
              At least 8 characters.
            </p>
            {field('appName', 'First app name', { maxLength: 200, placeholder: 'Acme CRM' })}
            <ErrorMessage error={signUp.error} />
            <button type="submit" className="button button-primary" disabled={signUp.isPending}>
              {signUp.isPending ? 'Creating…' : 'Create account'}
            </button>
            <p className="hint">
              Already have an account? <Link to="/dashboard/sign-in">Sign in</Link>
            </p>
          </form>
        )}
      </div>
    </div>
  );
}
