import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import type { HttpAdapterHost } from '@nestjs/core';
import { pino } from 'pino';
import type { RuntimeConfig } from '../config/runtime-config.js';
import type { AuditService, CheckpointCheck } from './audit.service.js';
import { AuditCheckpointService, CHECKPOINT_INTERVAL_MS } from './audit-checkpoint.service.js';

type CloseHook = () => Promise<void>;

describe('the audit checkpoint writer', () => {
  let dir: string;
  let file: string;
  let newest: { seq: string; hash: string };
  let onClose: CloseHook | undefined;
  const audit = {
    checkCheckpoint: jest.fn(async (): Promise<CheckpointCheck> => ({ id: null, at: null, status: 'none' })),
    latestLink: jest.fn(async () => newest),
    settled: jest.fn(async () => undefined),
  };

  function writer(): AuditCheckpointService {
    const fastify = {
      addHook: (name: string, hook: CloseHook) => {
        if (name === 'onClose') onClose = hook;
      },
    };
    const adapterHost = { httpAdapter: { getInstance: () => fastify } } as unknown as HttpAdapterHost;
    const config = { auditCheckpointFile: file } as RuntimeConfig;
    return new AuditCheckpointService(
      audit as unknown as AuditService,
      adapterHost,
      Buffer.alloc(32, 5),
      config,
      pino({ level: 'silent' }),
    );
  }

  const written = async () => JSON.parse(await readFile(file, 'utf8')).id;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'naltrack-checkpoint-writer-'));
    file = path.join(dir, 'audit-checkpoint.json');
    newest = { seq: '10', hash: 'a'.repeat(64) };
    jest.clearAllMocks();
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
  });

  afterEach(async () => {
    jest.useRealTimers();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes at start, every minute, and once more after the server closed; then stops', async () => {
    const service = writer();
    service.onModuleInit();
    await service.onApplicationBootstrap();
    expect(await written()).toBe('10');

    newest = { seq: '11', hash: 'b'.repeat(64) };
    await jest.advanceTimersByTimeAsync(CHECKPOINT_INTERVAL_MS - 1);
    await service.write();
    // The explicit write above took the newest link; the timer alone must not have fired yet.
    expect(audit.latestLink).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1);
    await service.write();
    expect(audit.latestLink).toHaveBeenCalledTimes(4);

    newest = { seq: '12', hash: 'c'.repeat(64) };
    await onClose?.();
    expect(audit.settled).toHaveBeenCalled();
    expect(await written()).toBe('12');
    const calls = audit.latestLink.mock.calls.length;
    await jest.advanceTimersByTimeAsync(5 * CHECKPOINT_INTERVAL_MS);
    expect(audit.latestLink).toHaveBeenCalledTimes(calls);
  });

  it('keeps a checkpoint the chain no longer holds instead of overwriting it', async () => {
    const service = writer();
    await service.onApplicationBootstrap();
    audit.checkCheckpoint.mockResolvedValueOnce({ id: '10', at: 'then', status: 'missing_events' });
    newest = { seq: '3', hash: 'd'.repeat(64) };
    await service.write();
    expect(await written()).toBe('10');
  });

  it('does not keep the process alive', async () => {
    jest.useRealTimers();
    const interval = jest.spyOn(global, 'setInterval');
    const service = writer();
    service.onModuleInit();
    await service.onApplicationBootstrap();
    const timer = interval.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await onClose?.();
    interval.mockRestore();
  });
});
