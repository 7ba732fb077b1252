import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ExportJob } from './export-job.entity.js';

/** One piece of an export's file, in order of seq; deleted with its job. */
@Entity({ name: 'export_chunk' })
export class ExportChunk {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;

  @ManyToOne(() => ExportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: ExportJob;
}
