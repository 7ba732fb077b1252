import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExportJob, type StoredExportQuery } from './export-job.entity.js';

/** What a worker needs of a job it claimed. */
export interface ClaimedJob {
  id: string;
  requestedBy: string;
  query: StoredExportQuery;
  attempts: number;
}

export interface FinishedFile {
  contentType: string;
  fileName: string;
  byteSize: number;
  rowsDone: number;
}

/** Which patients an export reads: its care teams, or one patient of them. */
export interface ExportScope {
  careTeamIds: string[];
  patientId: string | null;
}

export interface JobFailure {
  code: string;
  message: string;
}

interface ClaimedRow {
  id: string;
  requested_by: string;
  query: StoredExportQuery;
  attempts: number;
}

const RECENT_JOBS = 20;

// Every statement that changes a running job names the worker holding it, so a worker that lost its
// lease (paused, partitioned) can no longer touch a job another instance has taken over.
const OWNED = `id = $1 AND worker_id = $2 AND status = 'running'`;

/** The SQL of export jobs and their chunks; TypeORM answers a bare UPDATE as [rows, count], hence the CTEs. */
@Injectable()
export class ExportJobStore {
  constructor(private readonly dataSource: DataSource) {}

  async create(job: Pick<ExportJob, 'requestedBy' | 'query' | 'format' | 'rowsTotal' | 'patientsTotal'>) {
    return this.dataSource.getRepository(ExportJob).save({ ...job, status: 'queued', rowsDone: 0, attempts: 0 });
  }

  /** The requester's job; null for anyone else's, so callers answer 404 either way. */
  findForRequester(id: string, requestedBy: string): Promise<ExportJob | null> {
    return this.unexpired().andWhere('j.id = :id AND j.requested_by = :requestedBy', { id, requestedBy }).getOne();
  }

  listForRequester(requestedBy: string): Promise<ExportJob[]> {
    return this.unexpired()
      .andWhere('j.requested_by = :requestedBy', { requestedBy })
      .orderBy('j.created_at', 'DESC')
      .limit(RECENT_JOBS)
      .getMany();
  }

  /** A job past its keeping date is gone for clients, even before the worker deletes it. */
  private unexpired() {
    return this.dataSource
      .getRepository(ExportJob)
      .createQueryBuilder('j')
      .where('(j.expires_at IS NULL OR j.expires_at > now())');
  }

  /** Jobs of this clinician still queued or running. */
  async unfinishedCount(requestedBy: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT COUNT(*)::int AS n FROM export_job WHERE requested_by = $1 AND status IN ('queued', 'running')`,
      [requestedBy],
    );
    return row?.n ?? 0;
  }

  /** Fails the jobs whose worker died too often: their lease ran out and no attempt is left. */
  async failAbandoned(maxAttempts: number, keepForMs: number): Promise<number> {
    const failed: { id: string }[] = await this.dataSource.query(
      `WITH failed AS (
         UPDATE export_job
            SET status = 'failed', error_code = 'EXPORT_ABANDONED',
                error_message = 'The export stopped before finishing too many times',
                worker_id = NULL, lease_expires_at = NULL, finished_at = now(),
                expires_at = now() + $2 * interval '1 millisecond'
          WHERE status = 'running' AND lease_expires_at < now() AND attempts >= $1
          RETURNING id
       )
       SELECT id FROM failed`,
      [maxAttempts, keepForMs],
    );
    return failed.length;
  }

  /**
   * Claims the oldest queued job, or a running one whose lease ran out (its instance died), and
   * clears any chunks a previous attempt left: every attempt writes the file from the start.
   * A running job still held by this worker is claimed too: a worker runs one job at a time, so
   * such a job is one it lost touch with (the database went away before it could hand the job
   * back) and it restarts it at once rather than waiting out its own lease.
   * SKIP LOCKED lets several instances claim at once without waiting on each other.
   */
  async claimNext(workerId: string, leaseMs: number, maxAttempts: number): Promise<ClaimedJob | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: ClaimedRow[] = await manager.query(
        `WITH next AS (
           SELECT id FROM export_job
            WHERE (status = 'queued' OR (status = 'running' AND (lease_expires_at < now() OR worker_id = $1)))
              AND attempts < $3
            ORDER BY created_at
            LIMIT 1
            FOR UPDATE SKIP LOCKED
         ), claimed AS (
           UPDATE export_job j
              SET status = 'running', attempts = j.attempts + 1, worker_id = $1,
                  lease_expires_at = now() + $2 * interval '1 millisecond', started_at = now(), rows_done = 0
             FROM next WHERE j.id = next.id
           RETURNING j.id, j.requested_by, j.query, j.attempts
         )
         SELECT * FROM claimed`,
        [workerId, leaseMs, maxAttempts],
      );
      if (!row) return null;
      await manager.query('DELETE FROM export_chunk WHERE job_id = $1', [row.id]);
      return { id: row.id, requestedBy: row.requested_by, query: row.query, attempts: row.attempts };
    });
  }

  /** Renews the lease, with progress when given; false when the job is no longer this worker's. */
  async heartbeat(
    jobId: string,
    workerId: string,
    leaseMs: number,
    progress?: { rowsDone: number; rowsTotal: number },
  ): Promise<boolean> {
    const renewed: { id: string }[] = await this.dataSource.query(
      `WITH renewed AS (
         UPDATE export_job
            SET lease_expires_at = now() + $3 * interval '1 millisecond',
                rows_done = COALESCE($4, rows_done), rows_total = COALESCE($5, rows_total)
          WHERE ${OWNED}
          RETURNING id
       )
       SELECT id FROM renewed`,
      [jobId, workerId, leaseMs, progress?.rowsDone ?? null, progress?.rowsTotal ?? null],
    );
    return renewed.length > 0;
  }

  /** Stores one piece of the file; false when the job is no longer this worker's. */
  async appendChunk(jobId: string, workerId: string, seq: number, data: Buffer): Promise<boolean> {
    const inserted: { seq: number }[] = await this.dataSource.query(
      `INSERT INTO export_chunk (job_id, seq, data)
       SELECT $1, $3, $4 FROM export_job WHERE ${OWNED}
       RETURNING seq`,
      [jobId, workerId, seq, data],
    );
    return inserted.length > 0;
  }

  /** The patients an export would read now (one statement, whatever their number). */
  async patientsIn(scope: ExportScope): Promise<string[]> {
    const [row]: { ids: string[] }[] = await this.dataSource.query(
      `SELECT COALESCE(array_agg(id), '{}') AS ids FROM patient
        WHERE care_team_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR id = $2)`,
      [scope.careTeamIds, scope.patientId],
    );
    return row?.ids ?? [];
  }

  /**
   * Marks the job done with the patients its file holds: those in scope when it started and those
   * in scope now, so a patient moved in or out of the scope while the file was written is kept.
   */
  async complete(
    jobId: string,
    workerId: string,
    file: FinishedFile,
    keepForMs: number,
    scope: ExportScope,
    patientsAtStart: string[],
  ): Promise<boolean> {
    const completed: { id: string }[] = await this.dataSource.query(
      `WITH completed AS (
         UPDATE export_job
            SET status = 'done', content_type = $3, file_name = $4, byte_size = $5, rows_done = $6,
                patient_ids = ARRAY(SELECT unnest($10::uuid[]) UNION SELECT id FROM patient
                                     WHERE care_team_id = ANY($8::uuid[]) AND ($9::uuid IS NULL OR id = $9)),
                rows_total = GREATEST(COALESCE(rows_total, 0), $6), worker_id = NULL, lease_expires_at = NULL,
                finished_at = now(), expires_at = now() + $7 * interval '1 millisecond'
          WHERE ${OWNED}
          RETURNING id
       )
       SELECT id FROM completed`,
      [
        jobId,
        workerId,
        file.contentType,
        file.fileName,
        file.byteSize,
        file.rowsDone,
        keepForMs,
        scope.careTeamIds,
        scope.patientId,
        patientsAtStart,
      ],
    );
    return completed.length > 0;
  }

  /** Fails the job for good, dropping whatever part of the file was written. */
  async fail(jobId: string, workerId: string, failure: JobFailure, keepForMs: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const failed: { id: string }[] = await manager.query(
        `WITH failed AS (
           UPDATE export_job
              SET status = 'failed', error_code = $3, error_message = $4, worker_id = NULL,
                  lease_expires_at = NULL, finished_at = now(), expires_at = now() + $5 * interval '1 millisecond'
            WHERE ${OWNED}
            RETURNING id
         )
         SELECT id FROM failed`,
        [jobId, workerId, failure.code, failure.message, keepForMs],
      );
      if (failed.length > 0) await manager.query('DELETE FROM export_chunk WHERE job_id = $1', [jobId]);
    });
  }

  /**
   * Puts the job back in the queue for any instance to start again. `refund` gives back the
   * attempt, for a stop that was no fault of the job (this instance shutting down).
   */
  async requeue(jobId: string, workerId: string, refund: boolean): Promise<void> {
    await this.dataSource.query(
      `WITH requeued AS (
         UPDATE export_job
            SET status = 'queued', worker_id = NULL, lease_expires_at = NULL, rows_done = 0,
                attempts = CASE WHEN $3 THEN attempts - 1 ELSE attempts END
          WHERE ${OWNED}
          RETURNING id
       )
       SELECT id FROM requeued`,
      [jobId, workerId, refund],
    );
  }

  /** Deletes jobs past their keeping date; their chunks go with them (ON DELETE CASCADE). */
  async deleteExpired(): Promise<number> {
    const deleted: { id: string }[] = await this.dataSource.query(
      `WITH deleted AS (DELETE FROM export_job WHERE expires_at < now() RETURNING id) SELECT id FROM deleted`,
    );
    return deleted.length;
  }

  /** One piece of a finished file, or null past the last. */
  async chunk(jobId: string, seq: number): Promise<Buffer | null> {
    const [row]: { data: Buffer }[] = await this.dataSource.query(
      'SELECT data FROM export_chunk WHERE job_id = $1 AND seq = $2',
      [jobId, seq],
    );
    return row?.data ?? null;
  }
}
