import { jest } from '@jest/globals';
import { addDays, type ClinicalDate } from '@naltrack/domain';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ClinicalClock } from '../clinical/clinical-clock.js';

const TODAY = '2025-07-31';
const MARCH = { from: '2025-03-01', to: '2025-03-31' };

interface PatientLine {
  patientId: string;
  inNumerator: boolean;
  value: number | null;
  valueLabel: string;
  indexOn: string;
}

describe('GET /api/measures: measurement-based care', () => {
  let t: TestApp;
  let team: string;
  const names = new Map<string, string>();

  async function patient(familyName: string, enrolledOn: ClinicalDate, measuredOnDays: number[]): Promise<void> {
    const created = await t.newPatient({ careTeamId: team, familyName, givenName: 'Test', enrolledOn });
    names.set(created.id, familyName);
    for (const [i, n] of measuredOnDays.entries()) {
      // PHQ-9s and BAMs both count; their items do not matter here.
      const kind = i % 2 === 0 ? 'phq9' : 'bam';
      await t.dataSource.query(
        `INSERT INTO observation (patient_id, kind, observed_on, items, value) VALUES ($1, $2, $3, '{0}', 0)`,
        [created.id, kind, addDays(enrolledOn, n - 1)],
      );
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    jest.spyOn(t.app.get(ClinicalClock), 'today').mockReturnValue(TODAY);
    team = (await t.newCareTeam()).id;
    // Enrolled 1 January: day 90 is 31 March.
    await patient('Ames', '2025-01-01', [30, 90]);
    await patient('Bell', '2025-01-01', [31, 60]);
    await patient('Cruz', '2025-01-01', [10, 91]);
    // Enrolled 1 December: day 90 is 28 February, before the period.
    await patient('Dale', '2024-12-01', [1, 60]);
    // Enrolled 2 January: day 90 is 1 April, after it.
    await patient('Eady', '2025-01-02', [1, 60]);
  });

  afterAll(() => t.close());

  it('counts patients whose day 90 fell in the period, with a PHQ-9 or BAM by day 30 and again by day 90', async () => {
    const response = await t.api
      .get('/api/measures')
      .query({ ...MARCH, careTeamId: team, measure: 'measurement_based_care', include: 'patients' })
      .expect(200);
    const [measure] = response.body.measures;
    expect(measure).toMatchObject({ id: 'measurement_based_care', numerator: 1, denominator: 3, rate: 1 / 3 });
    const lines = Object.fromEntries(
      (measure.patients as PatientLine[]).map((p) => [
        names.get(p.patientId),
        [p.inNumerator, p.valueLabel, p.indexOn],
      ]),
    );
    expect(lines).toEqual({
      Ames: [true, 'Last PHQ-9 or BAM on day 90', '2025-03-31'],
      Bell: [false, 'Last PHQ-9 or BAM on day 60', '2025-03-31'],
      Cruz: [false, 'Last PHQ-9 or BAM on day 10', '2025-03-31'],
    });
    expect(measure.trend).toEqual([{ month: '2025-03', numerator: 1, denominator: 3, rate: 1 / 3 }]);
  });
});
