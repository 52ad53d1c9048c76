import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: charts only need ResizeObserver to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});
