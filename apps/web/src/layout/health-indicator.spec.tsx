import { jest } from '@jest/globals';
import { act, screen } from '@testing-library/react';
import { HEALTH_POLL_INTERVAL_MS } from '../api/hooks/use-fetch-health';
import { type MockReply, mockApi, never } from '../test/mock-api';
import { renderWithProviders } from '../test/render-app';
import { HealthIndicator } from './health-indicator';

const OK: MockReply = { status: 200, body: { status: 'ok', database: 'up' } };
const DOWN: MockReply = { status: 503, body: { status: 'degraded', database: 'down' } };

describe('HealthIndicator', () => {
  it('shows "Checking…" until the first answer', () => {
    mockApi({ 'GET /api/health': never });

    renderWithProviders(<HealthIndicator />);

    expect(screen.getByRole('status')).toHaveTextContent('System health: Checking…');
  });

  it('shows "System OK" when the API and database are up', async () => {
    mockApi({ 'GET /api/health': OK });

    renderWithProviders(<HealthIndicator />);

    expect(await screen.findByText('System OK')).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent('Database down');
  });

  it('shows "Database down" when the API answers 503', async () => {
    mockApi({ 'GET /api/health': DOWN });

    renderWithProviders(<HealthIndicator />);

    expect(await screen.findByText('Database down')).toBeInTheDocument();
    expect(screen.queryByText('System OK')).not.toBeInTheDocument();
  });

  it('says the server is unreachable when the request fails', async () => {
    mockApi({ 'GET /api/health': { networkError: true } });

    renderWithProviders(<HealthIndicator />);

    expect(await screen.findByText('Server unreachable')).toBeInTheDocument();
  });

  it('re-checks every 30 seconds and shows the new state', async () => {
    jest.useFakeTimers();
    try {
      let calls = 0;
      const fetchSpy = mockApi({ 'GET /api/health': () => (++calls === 1 ? OK : DOWN) });

      renderWithProviders(<HealthIndicator />);
      await act(() => jest.advanceTimersByTimeAsync(0));
      expect(screen.getByRole('status')).toHaveTextContent('System OK');

      await act(() => jest.advanceTimersByTimeAsync(HEALTH_POLL_INTERVAL_MS - 1_000));
      expect(fetchSpy).toHaveBeenCalledTimes(1);

      await act(() => jest.advanceTimersByTimeAsync(1_000));
      expect(fetchSpy).toHaveBeenCalledTimes(2);
      // Let the answer settle: TanStack Query notifies subscribers on a zero-delay timer.
      await act(() => jest.advanceTimersByTimeAsync(10));
      expect(screen.getByRole('status')).toHaveTextContent('Database down');
    } finally {
      jest.useRealTimers();
    }
  });
});
