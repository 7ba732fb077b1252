import {
  approvalsMet,
  decisionRefusal,
  type RecordedDecision,
  requiredApprovals,
  statusAfterDecisions,
  taperPlanProblems,
} from './discontinuation.js';

const approve = (clinicianId: string, ...roles: RecordedDecision['roles'][number][]): RecordedDecision => ({
  clinicianId,
  roles,
  decision: 'approve',
});

describe('discontinuation approvals', () => {
  const required = requiredApprovals();

  it('needs one prescriber and one therapist, neither the proposer', () => {
    expect(statusAfterDecisions(required, [approve('p1', 'prescriber')], 'x')).toBe('pending');
    expect(statusAfterDecisions(required, [approve('p1', 'prescriber'), approve('t1', 'therapist')], 'x')).toBe(
      'approved',
    );
    expect(statusAfterDecisions(required, [approve('p1', 'prescriber'), approve('t1', 'therapist')], 't1')).toBe(
      'pending',
    );
  });

  it('does not let one clinician with both roles fill both', () => {
    expect(approvalsMet(required, [approve('both', 'prescriber', 'therapist')], 'x')).toBe(false);
    expect(approvalsMet(required, [approve('both', 'prescriber', 'therapist'), approve('p2', 'prescriber')], 'x')).toBe(
      true,
    );
  });

  it('rejects on a single rejection, whatever else was approved', () => {
    const decisions: RecordedDecision[] = [
      approve('p1', 'prescriber'),
      approve('t1', 'therapist'),
      { clinicianId: 'n1', roles: ['therapist'], decision: 'reject' },
    ];
    expect(statusAfterDecisions(required, decisions, 'x')).toBe('rejected');
  });

  it('can require the team lead too', () => {
    const withLead = requiredApprovals({ requireTeamLead: true });
    const both = [approve('p1', 'prescriber'), approve('t1', 'therapist')];
    expect(statusAfterDecisions(withLead, both, 'x')).toBe('pending');
    expect(statusAfterDecisions(withLead, [...both, approve('l1', 'team_lead')], 'x')).toBe('approved');
  });

  it('refuses the proposer, a second decision, a closed request and a role not needed', () => {
    const base = { status: 'pending' as const, proposerId: 'p0', required, decisions: [approve('t1', 'therapist')] };
    expect(decisionRefusal({ ...base, clinicianId: 'p0', clinicianRoles: ['prescriber'] })?.code).toBe(
      'PROPOSER_CANNOT_DECIDE',
    );
    expect(decisionRefusal({ ...base, clinicianId: 't1', clinicianRoles: ['therapist'] })?.code).toBe(
      'ALREADY_DECIDED',
    );
    expect(decisionRefusal({ ...base, clinicianId: 'n1', clinicianRoles: ['nurse'] })?.code).toBe('NOT_AN_APPROVER');
    expect(
      decisionRefusal({ ...base, status: 'approved', clinicianId: 'p1', clinicianRoles: ['prescriber'] })?.status,
    ).toBe(409);
    expect(decisionRefusal({ ...base, clinicianId: 'p1', clinicianRoles: ['prescriber'] })).toBeNull();
  });
});

describe('taper plans', () => {
  const base = { kind: 'taper' as const, formulation: 'oral' as const, effectiveOn: '2026-03-01', today: '2026-01-01' };

  it('accepts a plan that steps down and ends by the effective day', () => {
    const plan = [
      { startsOn: '2026-01-10', doseMg: 50 },
      { startsOn: '2026-02-01', doseMg: 25 },
    ];
    expect(taperPlanProblems({ ...base, plan })).toEqual([]);
  });

  it('names each step that goes up, goes back in time or ends late', () => {
    const plan = [
      { startsOn: '2026-01-10', doseMg: 50 },
      { startsOn: '2026-01-05', doseMg: 75 },
      { startsOn: '2026-03-05', doseMg: 25 },
    ];
    expect(taperPlanProblems({ ...base, plan }).map((p) => p.field)).toEqual([
      'plan.1.startsOn',
      'plan.1.doseMg',
      'plan.2.startsOn',
    ]);
  });

  it('does not taper XR-NTX, needs a plan for an oral taper and refuses a past effective day', () => {
    expect(taperPlanProblems({ ...base, formulation: 'xr_injection', plan: [] })).toEqual([]);
    expect(
      taperPlanProblems({ ...base, formulation: 'xr_injection', plan: [{ startsOn: '2026-01-10', doseMg: 190 }] })[0]
        ?.message,
    ).toMatch(/last injection/);
    expect(taperPlanProblems({ ...base, plan: [] })[0]?.field).toBe('plan');
    expect(taperPlanProblems({ ...base, kind: 'stop', plan: [], effectiveOn: '2025-12-31' })[0]?.field).toBe(
      'effectiveOn',
    );
  });
});
