import {
  type ClinicalSettings,
  type DiscontinuationStatus,
  decisionRefusal,
  requiredApprovals,
  statusAfterDecisions,
} from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { PatientSummaryService } from '../caseload/patient-summary.service.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { CLINICAL_SETTINGS } from '../clinical/clinical-settings.token.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { toPatientMetrics } from '../patients/patient-view.js';
import { DiscontinuationDecision } from './discontinuation-decision.entity.js';
import { DiscontinuationRequest } from './discontinuation-request.entity.js';
import type {
  CompleteDiscontinuationDto,
  DecideDto,
  DiscontinuationViewDto,
  InboxQueryDto,
  ProposeDiscontinuationDto,
  ResolveStopDto,
} from './dto/discontinuation.dto.js';
import { proposalDetails } from './proposal-details.js';
import { StopResolution } from './stop-resolution.entity.js';

const OPEN_STATUSES: DiscontinuationStatus[] = ['pending', 'approved', 'in_taper'];

const closed = (status: DiscontinuationStatus, action: string) =>
  new ApiException(409, 'REQUEST_CLOSED', `The request is ${status}; it cannot be ${action}`);

@Injectable()
export class DiscontinuationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: PatientSummaryService,
    private readonly clock: ClinicalClock,
    @Inject(CLINICAL_SETTINGS) private readonly settings: ClinicalSettings,
  ) {}

  /** Proposes a taper, stop or switch, keeping what approvers need (readiness or switch facts) as it stands now. */
  async propose(
    patientId: string,
    dto: ProposeDiscontinuationDto,
    principal: Principal,
  ): Promise<DiscontinuationViewDto> {
    const id = await this.summaries.writeForPatient(patientId, async (manager) => {
      if (await manager.existsBy(DiscontinuationRequest, { patientId, status: In(OPEN_STATUSES) })) {
        throw new ApiException(409, 'REQUEST_ALREADY_OPEN', 'This patient already has an open discontinuation request');
      }
      const start = await manager.findOne(NaltrexoneStart, {
        where: { patientId },
        order: { startedOn: 'DESC', createdAt: 'DESC' },
      });
      if (!start)
        throw new ApiException(422, 'NOT_ON_NALTREXONE', 'The patient has no naltrexone start to discontinue');
      const today = this.clock.today();
      const summary = await manager.findOneByOrFail(PatientSummaryRow, { patientId });
      const patient = await manager.findOneByOrFail(Patient, { id: patientId });
      const details = proposalDetails(dto, {
        today,
        diagnoses: patient.diagnoses,
        start,
        summary,
        settings: this.settings,
      });
      const team = await manager.findOneByOrFail(CareTeam, { id: summary.careTeamId });
      const request = await manager.save(
        manager.create(DiscontinuationRequest, {
          kind: dto.kind,
          reasonCode: dto.reasonCode,
          reason: dto.reason,
          effectiveOn: dto.effectiveOn,
          ...details,
          patientId,
          status: 'pending',
          proposedBy: principal.clinicianId,
          requiredApprovals: requiredApprovals({ requireTeamLead: team.requireLeadApproval }),
        }),
      );
      // Proposing is one of the ways a team answers a stop it had not approved.
      if (summary.flags.includes('stopped_without_approval')) {
        await manager.insert(StopResolution, {
          patientId,
          resolution: 'request_proposed',
          note: null,
          resolvedOn: today,
          resolvedBy: principal.clinicianId,
        });
      }
      return request.id;
    });
    return this.get(id);
  }

  /** Records one clinician's decision; the request is approved or rejected in the same transaction. */
  async decide(requestId: string, dto: DecideDto, principal: Principal): Promise<DiscontinuationViewDto> {
    await this.withRequest(requestId, async (manager, request) => {
      const decisions = await manager.findBy(DiscontinuationDecision, { requestId });
      const refusal = decisionRefusal({
        status: request.status,
        proposerId: request.proposedBy,
        clinicianId: principal.clinicianId,
        clinicianRoles: principal.roles,
        required: request.requiredApprovals,
        decisions,
      });
      if (refusal) throw new ApiException(refusal.status, refusal.code, refusal.message);
      const decision = manager.create(DiscontinuationDecision, {
        requestId,
        clinicianId: principal.clinicianId,
        decision: dto.decision,
        roles: principal.roles,
        comment: dto.comment,
      });
      await manager.insert(DiscontinuationDecision, decision);
      const status = statusAfterDecisions(request.requiredApprovals, [...decisions, decision], request.proposedBy);
      if (status !== 'pending') await this.transition(manager, request, status, { decidedAt: new Date() });
    });
    return this.get(requestId);
  }

  async withdraw(requestId: string, principal: Principal): Promise<DiscontinuationViewDto> {
    await this.withRequest(requestId, async (manager, request) => {
      if (request.proposedBy !== principal.clinicianId) {
        throw new ApiException(403, ErrorCode.Forbidden, 'Only the proposer can withdraw a request');
      }
      if (request.status !== 'pending') throw closed(request.status, 'withdrawn');
      await this.transition(manager, request, 'withdrawn');
    });
    return this.get(requestId);
  }

  /** An approved request begins: the patient is tapering. */
  async start(requestId: string): Promise<DiscontinuationViewDto> {
    await this.withRequest(requestId, async (manager, request) => {
      if (request.status !== 'approved') throw closed(request.status, 'started');
      if (request.kind === 'switch') {
        throw new ApiException(409, 'SWITCH_HAS_NO_TAPER', 'A switch is not tapered: complete it with the hand-off');
      }
      await this.transition(manager, request, 'in_taper', { startedOn: this.clock.today() });
      await manager.update(Patient, { id: request.patientId }, { status: 'tapering' });
    });
    return this.get(requestId);
  }

  /** Ends naltrexone: a taper or stop after the taper, a switch once approved. */
  async complete(requestId: string, dto: CompleteDiscontinuationDto): Promise<DiscontinuationViewDto> {
    await this.withRequest(requestId, (manager, request) =>
      request.kind === 'switch' ? this.completeSwitch(manager, request, dto) : this.completeStop(manager, request, dto),
    );
    return this.get(requestId);
  }

  /** Stopping raises overdose risk, so naloxone and counselling must be recorded. */
  private async completeStop(
    manager: EntityManager,
    request: DiscontinuationRequest,
    dto: CompleteDiscontinuationDto,
  ): Promise<void> {
    if (request.status !== 'in_taper') throw closed(request.status, 'completed');
    const missing = [
      ...(dto.naloxoneKitProvided ? [] : ['naloxoneKitProvided']),
      ...(dto.overdoseRiskCounselled ? [] : ['overdoseRiskCounselled']),
    ];
    if (missing.length > 0) {
      throw new ApiException(
        422,
        'NALOXONE_COUNSELLING_REQUIRED',
        'Record a naloxone kit and overdose-risk counselling before completing',
        { missing },
      );
    }
    await this.transition(manager, request, 'completed', {
      completedOn: this.clock.today(),
      naloxoneKitProvided: true,
      overdoseRiskCounselled: true,
    });
    await manager.update(Patient, { id: request.patientId }, { status: 'discontinued' });
  }

  /** The hand-off to the new prescriber ends naltrexone; the completed switch shows the new medication. */
  private async completeSwitch(
    manager: EntityManager,
    request: DiscontinuationRequest,
    dto: CompleteDiscontinuationDto,
  ): Promise<void> {
    if (request.status !== 'approved') throw closed(request.status, 'completed');
    if (!dto.handOffNote?.trim()) throw fieldError('handOffNote', 'handOffNote records the hand-off of a switch');
    await this.transition(manager, request, 'completed', {
      completedOn: this.clock.today(),
      handOffNote: dto.handOffNote.trim(),
      naloxoneKitProvided: dto.naloxoneKitProvided ?? null,
      overdoseRiskCounselled: dto.overdoseRiskCounselled ?? null,
    });
    await manager.update(Patient, { id: request.patientId }, { status: 'switched' });
  }

  async resolveStop(patientId: string, dto: ResolveStopDto, principal: Principal): Promise<StopResolution> {
    return this.summaries.writeForPatient(patientId, (manager) =>
      manager.save(
        manager.create(StopResolution, {
          patientId,
          resolution: dto.resolution,
          note: dto.note ?? null,
          resolvedOn: this.clock.today(),
          resolvedBy: principal.clinicianId,
        }),
      ),
    );
  }

  async get(requestId: string): Promise<DiscontinuationViewDto> {
    const [view] = await this.views(
      await this.dataSource.getRepository(DiscontinuationRequest).findBy({ id: requestId }),
    );
    if (!view) throw notFound('Discontinuation request');
    return view;
  }

  async listForPatient(patientId: string): Promise<DiscontinuationViewDto[]> {
    const requests = await this.dataSource
      .getRepository(DiscontinuationRequest)
      .find({ where: { patientId }, order: { createdAt: 'DESC' } });
    return this.views(requests);
  }

  /** Requests of the caller's teams; with awaiting=me, only those the caller may decide now. */
  async inbox(principal: Principal, query: InboxQueryDto): Promise<DiscontinuationViewDto[]> {
    const requests: DiscontinuationRequest[] = await this.dataSource
      .getRepository(DiscontinuationRequest)
      .createQueryBuilder('r')
      .innerJoin(Patient, 'p', 'p.id = r.patient_id')
      .where('p.care_team_id = ANY(:teams)', { teams: principal.teamIds })
      .andWhere(query.awaiting ? "r.status = 'pending'" : query.status ? 'r.status = :status' : 'TRUE', {
        status: query.status,
      })
      .orderBy('r.created_at', 'ASC')
      .getMany();
    const views = await this.views(requests);
    if (!query.awaiting) return views;
    return views.filter(
      (view) =>
        decisionRefusal({
          status: view.status,
          proposerId: view.proposedBy,
          clinicianId: principal.clinicianId,
          clinicianRoles: principal.roles,
          required: view.requiredApprovals,
          decisions: view.decisions,
        }) === null,
    );
  }

  /** Requests with their decisions and their patients' current metrics, in three queries for any number. */
  private async views(requests: DiscontinuationRequest[]): Promise<DiscontinuationViewDto[]> {
    if (requests.length === 0) return [];
    const ids = requests.map((r) => r.id);
    const decisions = await this.dataSource
      .getRepository(DiscontinuationDecision)
      .find({ where: { requestId: In(ids) }, order: { createdAt: 'ASC' } });
    const summaries = await this.dataSource
      .getRepository(PatientSummaryRow)
      .findBy({ patientId: In([...new Set(requests.map((r) => r.patientId))]) });
    return requests.map((request) => {
      const summary = summaries.find((s) => s.patientId === request.patientId) ?? null;
      const {
        readinessSnapshot,
        switchFacts,
        patient: _patient,
        version: _version,
        naloxoneKitProvided: _kit,
        overdoseRiskCounselled: _c,
        decidedAt: _d,
        updatedAt: _u,
        ...fields
      } = request;
      return {
        ...fields,
        readiness: readinessSnapshot,
        switchFacts,
        decisions: decisions
          .filter((d) => d.requestId === request.id)
          .map(({ requestId: _requestId, ...decision }) => decision),
        // The caseload flag is about the taper in force: a relapse ongoing at its start or begun since.
        relapseAlert: request.status === 'in_taper' && (summary?.flags.includes('relapse_during_taper') ?? false),
        patientMetrics: summary ? toPatientMetrics(summary) : null,
        patient: summary ? { givenName: summary.givenName, familyName: summary.familyName, mrn: summary.mrn } : null,
      };
    });
  }

  /** Runs a step under the patient's lock (so the caseload row follows), with the request re-read inside. */
  private async withRequest(
    requestId: string,
    step: (manager: EntityManager, request: DiscontinuationRequest) => Promise<void>,
  ): Promise<void> {
    const found = await this.dataSource.getRepository(DiscontinuationRequest).findOneBy({ id: requestId });
    if (!found) throw notFound('Discontinuation request');
    try {
      await this.summaries.writeForPatient(found.patientId, async (manager) => {
        const request = await manager.findOneOrFail(DiscontinuationRequest, {
          where: { id: requestId },
          lock: { mode: 'pessimistic_write' },
        });
        await step(manager, request);
      });
    } catch (error) {
      // The unique (request, clinician) index: a second decision that raced the first.
      if (isUniqueViolation(error)) {
        throw new ApiException(409, 'ALREADY_DECIDED', 'You have already decided on this request');
      }
      throw error;
    }
  }

  /** A status change that only applies to the version read: one row, or someone changed it first. */
  private async transition(
    manager: EntityManager,
    request: DiscontinuationRequest,
    status: DiscontinuationStatus,
    extra: Partial<DiscontinuationRequest> = {},
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(DiscontinuationRequest)
      .set({ ...extra, status })
      .where('id = :id AND version = :version', { id: request.id, version: request.version })
      .execute();
    if (result.affected !== 1) throw closed(request.status, 'changed: it changed meanwhile');
  }
}
