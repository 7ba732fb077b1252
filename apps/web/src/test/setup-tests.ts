import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { jest } from '@jest/globals';
import { configure } from '@testing-library/react';
import { setCsrfToken } from '../api/api-client';
import { holdClockAt, TEST_NOW } from './clinical-clock';
import { installFetchPolyfill } from './fetch-polyfill';
import { takeUnexpectedRequests } from './mock-api';

// Pages load as chunks on first visit (routes.tsx); a busy two-core machine needs more than the
// default second for the first import of a page with charts.
configure({ asyncUtilTimeout: 5000 });
// Whole pages render with their chunks loaded on first visit; two busy cores need more than 5 s.
// Set here: Jest ignores testTimeout inside a `projects` entry.
jest.setTimeout(15_000);

// jsdom under Jest lacks the encoders React Router uses at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks what Mantine measures the page with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

// jsdom has no fetch: tests replace it with jest.spyOn(globalThis, 'fetch'), and an unmocked call fails loudly.
installFetchPolyfill();

// "Today" is the suite's clinical day, whatever the calendar says (a spec may hold another).
beforeEach(() => holdClockAt(TEST_NOW));

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
  // The token is module state: one test's session must not leak into the next.
  setCsrfToken(null);
  const unexpected = takeUnexpectedRequests();
  if (unexpected.length > 0) throw new Error(`Requests no mockApi route expected: ${unexpected.join(', ')}`);
});
