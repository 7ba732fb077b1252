import { hostname } from 'node:os';
import { finished } from 'node:stream/promises';
import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Logger } from 'pino';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { PrincipalLoader } from '../auth/principal-loader.js';
import { isDatabaseLost } from '../common/database/database-unavailable.js';
import { ApiException } from '../common/errors/api-exception.js';
import { LOGGER } from '../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { AdherenceExportService, type PreparedExport } from '../reports/adherence-export.service.js';
import { AdherenceExportQuery } from '../reports/dto/adherence-export-query.dto.js';
import { ChunkSink } from './chunk-sink.js';
import { type ClaimedJob, ExportJobStore, type JobFailure } from './export-job-store.js';
import { EXPORT_SETTINGS, type ExportSettings } from './export-settings.js';

/** The job was taken over by another instance (this one missed its heartbeats): stop quietly. */
class LeaseLostError extends Error {
  constructor() {
    super('export job lease lost');
  }
}

/** This instance is shutting down: the job goes back to the queue for whichever instance is up. */
class WorkerStoppingError extends Error {
  constructor() {
    super('export worker stopping');
  }
}

interface WrittenExport {
  principal: Principal;
  prepared: PreparedExport;
  rowsDone: number;
}

const UNEXPECTED: JobFailure = { code: 'EXPORT_FAILED', message: 'The export could not be completed' };

/**
 * Runs background exports, one at a time per instance. Jobs are claimed from PostgreSQL, so any
 * number of instances share the queue, and a job whose instance died (its lease ran out) is
 * claimed again and written from the start, until it has used up its attempts.
 */
@Injectable()
export class ExportWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private current: ChunkSink | undefined;
  private stopping = false;
  private lastSweep = 0;

  constructor(
    private readonly store: ExportJobStore,
    private readonly exports: AdherenceExportService,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
    @Inject(EXPORT_SETTINGS) private readonly settings: ExportSettings,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Hands the running job back to the queue, so another instance restarts it without waiting. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.current?.destroy(new WorkerStoppingError());
    await this.draining;
  }

  /** Looks for work now rather than at the next poll (a job was just queued here). */
  kick(): void {
    if (!this.stopping && !this.draining) this.schedule(0);
  }

  /** Runs jobs until none is waiting; resolves once the queue is empty (or the app is stopping). */
  drain(): Promise<void> {
    this.draining ??= this.runUntilEmpty().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.drain()
        .catch((error: unknown) => this.logger.error({ err: error }, 'export worker failed'))
        .finally(() => {
          if (!this.stopping) this.schedule(this.settings.pollEveryMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private async runUntilEmpty(): Promise<void> {
    await this.sweep();
    while (!this.stopping) {
      const abandoned = await this.store.failAbandoned(this.settings.maxAttempts, this.settings.keepForMs);
      if (abandoned > 0) this.logger.warn({ abandoned }, 'export jobs failed after too many attempts');
      const job = await this.store.claimNext(this.workerId, this.settings.leaseMs, this.settings.maxAttempts);
      if (!job) return;
      await this.run(job);
    }
  }

  private async sweep(): Promise<void> {
    if (Date.now() - this.lastSweep < this.settings.sweepEveryMs) return;
    this.lastSweep = Date.now();
    const deleted = await this.store.deleteExpired();
    if (deleted > 0) this.logger.info({ deleted }, 'expired exports deleted');
  }

  private async run(job: ClaimedJob): Promise<void> {
    const log = this.logger.child({ exportJobId: job.id, attempt: job.attempts });
    const storeChunk = async (seq: number, data: Buffer) => {
      if (!(await this.store.appendChunk(job.id, this.workerId, seq, data))) throw new LeaseLostError();
    };
    // With a single connection (the embedded database, one instance) the export's cursor holds it
    // to the end: the file is stored and progress shown once it is done, and no other instance can
    // take the job over meanwhile.
    const singleConnection = this.config.databasePoolSize < 2;
    const sink = new ChunkSink(this.settings.chunkBytes, storeChunk, singleConnection);
    // Its error is read from sink.errored once the writer stops. Until a writer is attached (the
    // export is still being prepared) nothing else listens, and a shutdown then destroying the sink
    // raised an unheard 'error' that ended the process with code 1 instead of handing the job back.
    sink.on('error', () => undefined);
    this.current = sink;
    const progress = new ProgressWriter(
      singleConnection ? Number.POSITIVE_INFINITY : this.settings.progressEveryMs,
      (rowsDone, rowsTotal) => this.beat(job.id, sink, { rowsDone, rowsTotal }),
    );
    const heartbeat = singleConnection
      ? undefined
      : setInterval(() => void this.beat(job.id, sink), this.settings.heartbeatEveryMs).unref();
    log.info('export job started');
    try {
      const done = await this.writeFile(job, sink, progress);
      log.info({ rows: done.rowsDone, bytes: sink.bytes }, 'export job done');
      await this.audited(job, done, sink.bytes, log);
    } catch (error) {
      await progress.settled();
      // The sink's own error says why a write stopped (lease lost, shutdown), whatever the writer rethrew.
      await this.settle(job, sink.errored ?? error, log);
    } finally {
      clearInterval(heartbeat);
      this.current = undefined;
    }
  }

  /** Runs the export as its requester into the sink, then marks the job done. */
  private async writeFile(job: ClaimedJob, sink: ChunkSink, progress: ProgressWriter): Promise<WrittenExport> {
    const principal = await this.principals.load(job.requestedBy, 'token');
    if (!principal) {
      throw new ApiException(403, 'REQUESTER_INACTIVE', 'The clinician who asked for the export is no longer active');
    }
    const prepared = await this.exports.prepare(plainToInstance(AdherenceExportQuery, job.query), principal);
    const patientsAtStart = await this.store.patientsIn(prepared);
    // Stopped while preparing: hand the job back without opening a cursor.
    if (sink.errored) throw sink.errored;
    await this.exports.write(prepared, sink, (rowsDone, rowsTotal) => progress.report(rowsDone, rowsTotal));
    if (!sink.writableEnded) sink.end();
    await finished(sink);
    await progress.settled();
    const rowsDone = progress.latest?.rowsDone ?? 0;
    const file = { contentType: prepared.contentType, fileName: prepared.fileName, byteSize: sink.bytes, rowsDone };
    if (!(await this.store.complete(job.id, this.workerId, file, this.settings.keepForMs, prepared, patientsAtStart))) {
      throw new LeaseLostError();
    }
    return { principal, prepared, rowsDone };
  }

  /** The export itself in the audit trail (the requests around it are audited by the hook). */
  private async audited(job: ClaimedJob, done: WrittenExport, bytes: number, log: Logger): Promise<void> {
    const { principal, prepared, rowsDone } = done;
    try {
      await this.audit.append({
        actorId: principal.clinicianId,
        actorLabel: principal.email,
        action: 'EXPORT adherence (background)',
        resourceType: 'exports',
        resourceId: job.id,
        outcome: 'success',
        detail: {
          format: prepared.format,
          patients: prepared.patientCount,
          rows: rowsDone,
          bytes,
          disclosedToRecipient: prepared.recipient !== null,
        },
      });
    } catch (error) {
      // The file is written and the disclosure recorded: the job stays done.
      log.error({ err: error }, 'export audit event could not be written');
    }
  }

  /** Renews the lease (with progress when given); a lost lease stops the export at its next write. */
  private async beat(jobId: string, sink: ChunkSink, progress?: { rowsDone: number; rowsTotal: number }) {
    try {
      const ours = await this.store.heartbeat(jobId, this.workerId, this.settings.leaseMs, progress);
      if (!ours) sink.destroy(new LeaseLostError());
    } catch (error) {
      // One missed heartbeat is harmless: the lease outlasts several.
      this.logger.warn({ err: error, exportJobId: jobId }, 'export heartbeat failed');
    }
  }

  /** Decides what becomes of a job whose export threw. */
  private async settle(job: ClaimedJob, error: unknown, log: Logger): Promise<void> {
    const { keepForMs, maxAttempts } = this.settings;
    if (error instanceof LeaseLostError) {
      log.warn('export job taken over by another instance');
    } else if (error instanceof WorkerStoppingError || this.stopping) {
      await this.store.requeue(job.id, this.workerId, true);
      log.info('export job handed back to the queue at shutdown');
    } else if (isDatabaseLost(error)) {
      // No fault of the job's (a restart, a failover): it goes back with its attempt, as at shutdown.
      log.warn({ err: error }, 'export job interrupted by the database; it will be restarted');
      await this.store.requeue(job.id, this.workerId, true);
    } else if (error instanceof ApiException && error.getStatus() < 500) {
      // A refusal (consent withdrawn, team left) will not change by retrying.
      await this.store.fail(job.id, this.workerId, { code: String(error.code), message: error.message }, keepForMs);
      log.info({ code: error.code }, 'export job refused');
    } else if (job.attempts < maxAttempts) {
      log.error({ err: error }, 'export job failed; it will be restarted');
      await this.store.requeue(job.id, this.workerId, false);
    } else {
      log.error({ err: error }, 'export job failed for good');
      await this.store.fail(job.id, this.workerId, UNEXPECTED, keepForMs);
    }
  }
}

/** Passes progress on at most once per interval, one write at a time, and always the last figures. */
class ProgressWriter {
  latest: { rowsDone: number; rowsTotal: number } | undefined;
  private lastWrittenAt = 0;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly everyMs: number,
    private readonly write: (rowsDone: number, rowsTotal: number) => Promise<void>,
  ) {}

  report(rowsDone: number, rowsTotal: number): void {
    this.latest = { rowsDone, rowsTotal };
    if (this.writing || Date.now() - this.lastWrittenAt < this.everyMs) return;
    this.lastWrittenAt = Date.now();
    this.writing = this.write(rowsDone, rowsTotal).finally(() => {
      this.writing = undefined;
    });
  }

  /** Waits for a write in flight, so no stale progress lands after the job's outcome. */
  async settled(): Promise<void> {
    await this.writing;
  }
}
