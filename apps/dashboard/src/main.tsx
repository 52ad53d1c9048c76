import { createRoot } from 'react-dom/client';
import { Dashboard } from './Dashboard.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(<Dashboard />);
