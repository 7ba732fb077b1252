import { createTestApp, type TestApp } from '../../test/test-app.js';
import { Patient } from '../patients/patient.entity.js';
import { lockPatient } from './lock-patient.js';

describe('lockPatient', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('gives the patient as TypeORM finds it, every column', async () => {
    const patient = await t.newPatient({ diagnoses: ['OUD', 'AUD'], status: 'active' });
    const found = await t.dataSource.getRepository(Patient).findOneByOrFail({ id: patient.id });
    await t.dataSource.transaction(async (manager) => {
      const locked = await lockPatient(manager, patient.id);
      expect(locked).toBeInstanceOf(Patient);
      // A column the statement left out would be undefined here, and null or a value in TypeORM's.
      expect(locked).toEqual(found);
    });
  });

  it('gives null for a patient that does not exist', async () => {
    await t.dataSource.transaction(async (manager) => {
      expect(await lockPatient(manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });
});
