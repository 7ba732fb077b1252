import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { ApiException } from '../common/errors/api-exception.js';
import { fieldError } from '../common/errors/field-error.js';
import { notFound } from '../common/errors/not-found.js';
import type {
  CreateOutreachTaskDto,
  ReassignOutreachTaskDto,
  RecordOutreachAttemptDto,
  ResolveOutreachTaskDto,
} from './dto/outreach-task-input.dto.js';
import { DEFAULT_OUTREACH_TASK_LIMIT, type OutreachTaskQueryDto } from './dto/outreach-task-query.dto.js';
import type { OutreachTaskPageDto, OutreachTaskViewDto } from './dto/outreach-task-view.dto.js';
import { OutreachAttempt } from './outreach-attempt.entity.js';
import { OutreachTask } from './outreach-task.entity.js';
import { decodeTaskCursor, encodeTaskCursor } from './outreach-task-cursor.js';
import { taskViews } from './outreach-task-views.js';
import { checkTeamMember } from './team-member.js';

const alreadyOpen = () =>
  new ApiException(409, 'OUTREACH_TASK_ALREADY_OPEN', 'An open outreach task with this reason already exists');
const notOpen = () => new ApiException(409, 'OUTREACH_TASK_NOT_OPEN', 'The outreach task is already done');

@Injectable()
export class OutreachTasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClinicalClock,
  ) {}

  async create(patientId: string, dto: CreateOutreachTaskDto, clinicianId: string): Promise<OutreachTaskViewDto> {
    const today = this.clock.today();
    this.checkNotPast('dueOn', dto.dueOn);
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        await checkTeamMember(manager, patientId, dto.assigneeId, 'assigneeId');
        const task = await manager.save(
          manager.create(OutreachTask, {
            patientId,
            reason: dto.reason,
            assigneeId: dto.assigneeId,
            dueOn: dto.dueOn,
            note: dto.note ?? null,
            openedBy: clinicianId,
            openedOn: today,
          }),
        );
        return task.id;
      });
      return await this.view(this.dataSource.manager, id);
    } catch (error) {
      if (isUniqueViolation(error, 'outreach_task_open_reason_key')) throw alreadyOpen();
      throw error;
    }
  }

  /** A patient's tasks: open ones by due day, then done ones newest first. */
  forPatient(patientId: string): Promise<OutreachTaskViewDto[]> {
    return taskViews(
      this.dataSource.manager,
      this.clock.today(),
      't.patient_id = $1',
      [patientId],
      "t.status = 'open' DESC, CASE WHEN t.status = 'open' THEN t.due_on END, t.resolved_at DESC, t.id",
    );
  }

  /** Tasks of the caller's teams, in (dueOn, id) order from the cursor on. */
  async page(query: OutreachTaskQueryDto, principal: Principal): Promise<OutreachTaskPageDto> {
    const limit = query.limit ?? DEFAULT_OUTREACH_TASK_LIMIT;
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const teams = query.careTeamId ? principal.teamIds.filter((id) => id === query.careTeamId) : principal.teamIds;
    const filters = [`p.care_team_id = ANY(${bind(teams)}::uuid[])`];
    if (query.assignee) {
      filters.push(`t.assignee_id = ${bind(query.assignee === 'me' ? principal.clinicianId : query.assignee)}::uuid`);
    }
    if (query.status) filters.push(`t.status = ${bind(query.status)}`);
    if (query.dueBefore) filters.push(`t.due_on < ${bind(query.dueBefore)}::date`);
    if (query.cursor) {
      const cursor = decodeTaskCursor(query.cursor);
      filters.push(`(t.due_on, t.id) > (${bind(cursor.dueOn)}::date, ${bind(cursor.id)}::uuid)`);
    }
    const rows = await taskViews(
      this.dataSource.manager,
      this.clock.today(),
      filters.join(' AND '),
      params,
      't.due_on, t.id',
      limit + 1,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeTaskCursor(last) : null };
  }

  async attempt(taskId: string, dto: RecordOutreachAttemptDto, clinicianId: string): Promise<OutreachTaskViewDto> {
    if (dto.nextAttemptOn !== undefined) this.checkNotPast('nextAttemptOn', dto.nextAttemptOn);
    return this.dataSource.transaction(async (manager) => {
      const task = await this.openTask(manager, taskId);
      await manager.save(
        manager.create(OutreachAttempt, {
          patientId: task.patientId,
          taskId,
          channel: dto.channel,
          outcome: dto.outcome,
          note: dto.note ?? null,
          nextAttemptOn: dto.nextAttemptOn ?? null,
          attemptedBy: clinicianId,
          attemptedOn: this.clock.today(),
        }),
      );
      return this.view(manager, taskId);
    });
  }

  async resolve(taskId: string, dto: ResolveOutreachTaskDto, clinicianId: string): Promise<OutreachTaskViewDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.openTask(manager, taskId);
      await manager.update(
        OutreachTask,
        { id: taskId },
        {
          status: 'done',
          resolution: dto.resolution,
          resolutionNote: dto.note ?? null,
          resolvedBy: clinicianId,
          resolvedOn: this.clock.today(),
          resolvedAt: () => 'now()',
        },
      );
      return this.view(manager, taskId);
    });
  }

  async reassign(taskId: string, dto: ReassignOutreachTaskDto): Promise<OutreachTaskViewDto> {
    if (dto.dueOn !== undefined) this.checkNotPast('dueOn', dto.dueOn);
    return this.dataSource.transaction(async (manager) => {
      const task = await this.openTask(manager, taskId);
      await checkTeamMember(manager, task.patientId, dto.assigneeId, 'assigneeId');
      await manager.update(
        OutreachTask,
        { id: taskId },
        { assigneeId: dto.assigneeId, dueOn: dto.dueOn ?? task.dueOn },
      );
      return this.view(manager, taskId);
    });
  }

  /** The task, locked for this change; 409 once it is done. */
  private async openTask(manager: EntityManager, taskId: string): Promise<OutreachTask> {
    const task = await manager.findOne(OutreachTask, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw notFound('Outreach task');
    if (task.status !== 'open') throw notOpen();
    return task;
  }

  private async view(manager: EntityManager, taskId: string): Promise<OutreachTaskViewDto> {
    const [view] = await taskViews(manager, this.clock.today(), 't.id = $1', [taskId]);
    if (!view) throw notFound('Outreach task');
    return view;
  }

  private checkNotPast(field: string, day: string): void {
    if (day < this.clock.today()) throw fieldError(field, `${field} must not be before today`);
  }
}
