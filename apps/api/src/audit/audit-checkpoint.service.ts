import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logging/logger.token.js';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { AuditService } from './audit.service.js';
import { writeCheckpoint } from './audit-checkpoint-file.js';
import { AUDIT_KEY } from './audit-key.js';

/** At least this often the newest link goes outside the database. */
export const CHECKPOINT_INTERVAL_MS = 60_000;

/**
 * Writes a signed checkpoint of the chain's newest link to a file outside the database at start,
 * every minute and once the server has stopped answering (after the last request's event), and
 * logs it: whoever controls the database can then no longer drop the newest links unnoticed.
 */
@Injectable()
export class AuditCheckpointService implements OnModuleInit, OnApplicationBootstrap {
  private timer: NodeJS.Timeout | undefined;
  /** Writes one after another: the timer's and the shutdown's share one temporary file. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly audit: AuditService,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(AUDIT_KEY) private readonly key: Buffer,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // onClose runs after the server has closed: no request is left to add a link.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onClose', async () => {
      clearInterval(this.timer);
      await this.audit.settled();
      await this.write();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.write();
    // unref: the checkpoint never keeps the process alive on its own.
    this.timer = setInterval(() => void this.write(), CHECKPOINT_INTERVAL_MS).unref();
  }

  /** Resolves once this checkpoint is written, or its failure logged. */
  write(): Promise<void> {
    this.writing = this.writing.then(() => this.writeNow());
    return this.writing;
  }

  private async writeNow(): Promise<void> {
    try {
      const last = await this.audit.checkCheckpoint();
      if (last.status !== 'ok' && last.status !== 'none') {
        // Overwriting it would erase the evidence: keep it until someone looks.
        this.logger.error(
          { auditCheckpoint: last, file: this.config.auditCheckpointFile },
          'audit trail no longer matches its last checkpoint; the checkpoint is kept and no new one written',
        );
        return;
      }
      const latest = await this.audit.latestLink();
      if (!latest) return;
      // The chain is gapless from 1, so the newest seq is the count of links.
      const checkpoint = { id: latest.seq, hash: latest.hash, at: new Date().toISOString(), count: Number(latest.seq) };
      await writeCheckpoint(this.config.auditCheckpointFile, this.key, checkpoint);
      this.logger.info({ auditCheckpoint: { id: checkpoint.id, hash: checkpoint.hash } }, 'audit checkpoint written');
    } catch (error) {
      this.logger.error({ err: error, file: this.config.auditCheckpointFile }, 'audit checkpoint could not be written');
    }
  }
}
