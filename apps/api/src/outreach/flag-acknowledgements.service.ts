import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import type { CreateFlagAcknowledgementDto, FlagAcknowledgementViewDto } from './dto/flag-acknowledgement.dto.js';
import { FlagAcknowledgement } from './flag-acknowledgement.entity.js';

interface AcknowledgementRow {
  id: string;
  flag: FlagAcknowledgementViewDto['flag'];
  reason: string;
  until_on: string;
  acknowledged_by: FlagAcknowledgementViewDto['acknowledgedBy'];
  acknowledged_at: Date;
}

@Injectable()
export class FlagAcknowledgementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
  ) {}

  async create(
    patientId: string,
    dto: CreateFlagAcknowledgementDto,
    clinicianId: string,
  ): Promise<FlagAcknowledgementViewDto> {
    if (dto.untilOn < this.clock.today()) throw fieldError('untilOn', 'untilOn must not be before today');
    const saved = await this.dataSource.getRepository(FlagAcknowledgement).save({
      patientId,
      flag: dto.flag,
      reason: dto.reason,
      untilOn: dto.untilOn,
      acknowledgedBy: clinicianId,
    });
    const [view] = await this.views(this.dataSource.manager, 'a.id = $1', [saved.id]);
    if (!view) throw notFound('Flag acknowledgement');
    return view;
  }

  /** The acknowledgements in force today (untilOn today or later), latest end first. */
  inForce(patientId: string): Promise<FlagAcknowledgementViewDto[]> {
    return this.views(this.dataSource.manager, 'a.patient_id = $1 AND a.until_on >= $2', [
      patientId,
      this.clock.today(),
    ]);
  }

  private async views(manager: EntityManager, where: string, params: unknown[]): Promise<FlagAcknowledgementViewDto[]> {
    const rows: AcknowledgementRow[] = await manager.query(
      `SELECT a.id, a.flag, a.reason, a.until_on::text AS until_on, a.acknowledged_at,
              json_build_object('id', c.id, 'displayName', c.display_name) AS acknowledged_by
         FROM flag_acknowledgement a JOIN clinician c ON c.id = a.acknowledged_by
        WHERE ${where}
        ORDER BY a.until_on DESC, a.acknowledged_at DESC, a.id`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      flag: row.flag,
      reason: row.reason,
      untilOn: row.until_on,
      acknowledgedBy: row.acknowledged_by,
      acknowledgedAt: row.acknowledged_at.toISOString(),
    }));
  }
}
