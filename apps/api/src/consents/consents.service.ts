import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import type { ConsentViewDto, CreateConsentDto } from './consent.dto.js';
import { Consent } from './consent.entity.js';

@Injectable()
export class ConsentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
  ) {}

  private view(consent: Consent): ConsentViewDto {
    const today = this.clock.today();
    const active = consent.revokedAt === null && consent.effectiveOn <= today && today <= consent.expiresOn;
    return { ...consent, active };
  }

  async create(patientId: string, dto: CreateConsentDto, recordedBy: string): Promise<ConsentViewDto> {
    if (dto.expiresOn < dto.effectiveOn) throw fieldError('expiresOn', 'expiresOn must not be before effectiveOn');
    if (dto.expiresOn < this.clock.today()) throw fieldError('expiresOn', 'expiresOn must not be in the past');
    const repository = this.dataSource.getRepository(Consent);
    const consent = await repository.save(
      repository.create({ ...dto, patientId, recordedBy, revokedAt: null, revokedBy: null }),
    );
    return this.view(consent);
  }

  async list(patientId: string): Promise<ConsentViewDto[]> {
    const consents = await this.dataSource
      .getRepository(Consent)
      .find({ where: { patientId }, order: { createdAt: 'DESC' } });
    return consents.map((consent) => this.view(consent));
  }

  /** Revokes a consent of this patient; revoking twice, or another patient's, answers 404. */
  async revoke(patientId: string, consentId: string, revokedBy: string): Promise<ConsentViewDto> {
    const repository = this.dataSource.getRepository(Consent);
    const result = await repository.update(
      { id: consentId, patientId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedBy },
    );
    if (!result.affected) throw notFound('Active consent');
    return this.view(await repository.findOneByOrFail({ id: consentId }));
  }
}
