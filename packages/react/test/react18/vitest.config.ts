import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The widget's own tests (../../src) with react, react-dom and Testing Library taken from this
// folder, where they are React 18.3. Testing Library's ES module build is used so that Vite
// resolves its own react imports here too.
const here = path.dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(requireHere.resolve(`${name}/package.json`));

export default defineConfig({
  root: path.resolve(here, '../..'),
  resolve: {
    conditions: ['@patchbay/source'],
    alias: [
      { find: /^react$/, replacement: packageDir('react') },
      { find: /^react\/(.*)$/, replacement: `${packageDir('react')}/$1` },
      { find: /^react-dom$/, replacement: packageDir('react-dom') },
      { find: /^react-dom\/(.*)$/, replacement: `${packageDir('react-dom')}/$1` },
      { find: /^@testing-library\/react$/, replacement: path.join(packageDir('@testing-library/react'), 'dist/@testing-library/react.esm.js') },
    ],
  },
  test: {
    name: 'react-18',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    server: { deps: { inline: [/@testing-library\/react/] } },
  },
});
