import { Link } from 'react-router';
import { EmptyState } from '../components/QueryState.js';

export function NotFoundPage() {
  return (
    <EmptyState title="Page not found" action={<Link className="button" to="/dashboard">Go to the overview</Link>}>
      <p>This address does not match a dashboard page.</p>
    </EmptyState>
  );
}
