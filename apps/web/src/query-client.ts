import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-error';

const MAX_RETRIES = 2;

/** A 4xx will answer the same again; only network failures and 5xx are worth a retry. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500) return false;
  return failureCount < MAX_RETRIES;
}

/** The app's one cache. Kept in memory only: patient data is never persisted in the browser. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
