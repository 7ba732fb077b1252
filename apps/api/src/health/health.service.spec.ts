import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { ReplicaMonitor } from '../database/replica/replica-monitor.js';
import { HEALTH_CACHE_MS, HealthService } from './health.service.js';

describe('HealthService', () => {
  let probes: number;
  let answer: () => Promise<unknown>;
  const dataSource = {
    query: () => {
      probes++;
      return answer();
    },
  } as unknown as DataSource;
  const noReplica = { state: () => null } as unknown as ReplicaMonitor;

  beforeEach(() => {
    jest.useFakeTimers();
    probes = 0;
    answer = async () => [{ '?column?': 1 }];
  });

  afterEach(() => jest.useRealTimers());

  it('lets concurrent callers share one probe', async () => {
    let release: () => void = () => undefined;
    answer = () => new Promise((resolve) => (release = () => resolve([])));
    const health = new HealthService(dataSource, noReplica);
    const reports = [health.check(), health.check(), health.check()];
    release();
    expect(await Promise.all(reports)).toEqual(Array(3).fill({ status: 'ok', database: 'up' }));
    expect(probes).toBe(1);
  });

  it('probes again once the last probe is a second old', async () => {
    const health = new HealthService(dataSource, noReplica);
    await health.check();
    jest.advanceTimersByTime(HEALTH_CACHE_MS - 1);
    await health.check();
    expect(probes).toBe(1);

    answer = async () => Promise.reject(new Error('connection refused'));
    jest.advanceTimersByTime(1);
    expect(await health.check()).toEqual({ status: 'degraded', database: 'down' });
    expect(probes).toBe(2);
  });
});
