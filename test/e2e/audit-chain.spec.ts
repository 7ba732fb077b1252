import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './pages/login-page.js';

// Runs after every other browser test (see the config's projects): the trail they wrote must verify.
test('the audit chain written by the whole browser run verifies', async ({ request }) => {
  const login = await request.post('/api/auth/login', {
    data: { email: 'auditor@example.org', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const verified = await request.get('/api/audit-events/verify');
  expect(verified.status()).toBe(200);
  const body = await verified.json();
  expect(body).toMatchObject({ ok: true });
  expect(body.checked).toBeGreaterThan(10);
});
