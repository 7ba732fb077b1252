import type { DataSource } from 'typeorm';
import type { PasswordService } from '../../auth/password.service.js';

/** The password of every demo account, listed in the README. Demo mode only. */
export const DEMO_PASSWORD = 'naltrack-demo-password';
export const DEMO_EMAIL_DOMAIN = '@example.org';

/** Gives the demo cohort's accounts the demo password, once; returns how many it set. */
export async function setDemoPasswords(dataSource: DataSource, passwords: PasswordService): Promise<number> {
  const hash = await passwords.hash(DEMO_PASSWORD);
  const updated: { id: string }[] = await dataSource.query(
    `WITH set AS (
       UPDATE clinician SET password_hash = $1 WHERE email LIKE $2 AND password_hash IS NULL RETURNING id
     )
     SELECT id FROM set`,
    [hash, `%${DEMO_EMAIL_DOMAIN}`],
  );
  return updated.length;
}
