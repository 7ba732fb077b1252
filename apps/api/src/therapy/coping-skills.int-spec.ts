import { fieldsOf } from '../../test/field-errors.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { hoursFromNow } from '../../test/test-clock.js';

describe('coping skills on a session outcome', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const pastSession = async (): Promise<{ patientId: string; id: string }> => {
    const patient = await t.newPatient({ status: 'active' });
    const created = await t.api
      .post(`/api/patients/${patient.id}/therapy-sessions`)
      .send({ type: 'individual', scheduledAt: hoursFromNow(-2) })
      .expect(201);
    expect(created.body.copingSkills).toBeNull();
    return { patientId: patient.id, id: created.body.id };
  };

  it('records the skills practiced, keeps them when an outcome omits them, and shows them on the timeline', async () => {
    const session = await pastSession();
    const attended = await t.api
      .patch(`/api/therapy-sessions/${session.id}`)
      .send({ status: 'attended', copingSkills: ['urge_surfing', 'refusal_skills'] })
      .expect(200);
    expect(attended.body).toMatchObject({ status: 'attended', copingSkills: ['urge_surfing', 'refusal_skills'] });
    const late = await t.api.patch(`/api/therapy-sessions/${session.id}`).send({ status: 'late' }).expect(200);
    expect(late.body.copingSkills).toEqual(['urge_surfing', 'refusal_skills']);

    const list = await t.api.get(`/api/patients/${session.patientId}/therapy-sessions`).expect(200);
    expect(list.body[0].copingSkills).toEqual(['urge_surfing', 'refusal_skills']);
    const timeline = await t.api.get(`/api/patients/${session.patientId}/timeline`).expect(200);
    const item = (timeline.body.items as { type: string; details: { copingSkills: unknown } }[]).find(
      (i) => i.type === 'therapy_session',
    );
    expect(item?.details.copingSkills).toEqual(['urge_surfing', 'refusal_skills']);

    const cleared = await t.api
      .patch(`/api/therapy-sessions/${session.id}`)
      .send({ status: 'attended', copingSkills: [] })
      .expect(200);
    expect(cleared.body.copingSkills).toBeNull();
  });

  it.each([
    ['an unknown skill', { status: 'attended', copingSkills: ['yoga'] }],
    ['a skill twice', { status: 'attended', copingSkills: ['distraction', 'distraction'] }],
    ['skills as text', { status: 'attended', copingSkills: 'distraction' }],
  ])('refuses %s with a 400 naming copingSkills', async (_case, body) => {
    const session = await pastSession();
    const response = await t.api.patch(`/api/therapy-sessions/${session.id}`).send(body).expect(400);
    expect(fieldsOf(response.body)).toEqual(['copingSkills']);
  });
});
