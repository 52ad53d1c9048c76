import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { originAllowed } from './allowedOrigins.js';
import type { ConnectSessionAuth } from './sessionAuth.js';

const session = (appOrigins: string[], sessionOrigins: string[] = []): ConnectSessionAuth => ({
  sessionId: 'cs_1',
  app: { id: 'app_1', name: 'App', redirectUris: [], allowedOrigins: appOrigins },
  endUser: { id: 'eu_1', externalId: 'u', email: null, name: null },
  allowedIntegrations: [],
  allowedOrigins: sessionOrigins,
  extraScopes: {},
});
const req = { protocol: 'https', get: () => 'patchbay.example.com' } as unknown as Request;
const production = { env: 'production' as const, publicUrl: 'https://patchbay.example.com' };
const development = { env: 'development' as const, publicUrl: 'http://localhost:3000' };

describe('originAllowed', () => {
  it('lets local dev servers in only outside production and only while nothing is configured', () => {
    expect(originAllowed(session([]), 'http://localhost:5173', req, development)).toBe(true);
    expect(originAllowed(session([]), 'http://localhost:5173', req, production)).toBe(false);
    expect(originAllowed(session(['https://app.example.com']), 'http://localhost:5173', req, development)).toBe(false);
    expect(originAllowed(session([], ['https://preview.example.com']), 'http://127.0.0.1:5173', req, development)).toBe(false);
  });

  it("allows the app's and the session's origins, and Patchbay's own pages, in production too", () => {
    expect(originAllowed(session(['https://app.example.com']), 'https://app.example.com', req, production)).toBe(true);
    expect(originAllowed(session([], ['https://preview.example.com']), 'https://preview.example.com', req, production)).toBe(true);
    expect(originAllowed(session([]), 'https://patchbay.example.com', req, production)).toBe(true);
    expect(originAllowed(session([]), 'https://evil.example.com', req, production)).toBe(false);
  });
});
