// `npm run user:create -- --email a@b.org --role admin [--role ...] [--name "A B"] [--team north]`
// Creates a user on the configured database, e.g. the first admin of a server install. The password
// comes from NALTRACK_PASSWORD or is asked for on the terminal.
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@naltrack/domain';
import { DataSource, In } from 'typeorm';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { CareTeamMembership } from '../clinicians/care-team-membership.entity.js';
import { Clinician } from '../clinicians/clinician.entity.js';
import { validateConfig } from '../config/validate-config.js';
import { dataSourceOptions } from '../database/data-source.js';
import { resolveDatabase } from '../database/resolve-database.js';
import { PasswordService } from './password.service.js';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string', multiple: true },
    name: { type: 'string' },
    team: { type: 'string', multiple: true },
  },
});
const email = values.email?.trim().toLowerCase();
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) fail('--email must be an email address');
const roles = values.role ?? [];
if (roles.length === 0 || !roles.every((role): role is Role => (ROLES as readonly string[]).includes(role))) {
  fail(`--role must be given, each one of: ${ROLES.join(', ')}`);
}

const password =
  process.env.NALTRACK_PASSWORD ??
  (await createInterface({ input: process.stdin, output: process.stdout }).question(`Password for ${email}: `));
const passwords = new PasswordService();
const weakness = passwords.weakness(password, email);
if (weakness) fail(weakness);

const config = validateConfig(process.env);
const { url, poolSize, embedded } = await resolveDatabase(config);
const dataSource = await new DataSource(dataSourceOptions(url, poolSize)).initialize();
try {
  await dataSource.runMigrations({ transaction: 'each' });
  const teams = await dataSource.getRepository(CareTeam).findBy({ code: In(values.team ?? []) });
  if (teams.length !== (values.team ?? []).length) fail('--team names a care team code that does not exist');
  await dataSource.transaction(async (manager) => {
    if (await manager.existsBy(Clinician, { email })) fail(`${email} already exists`);
    const clinician = await manager.save(
      manager.create(Clinician, {
        email,
        displayName: values.name ?? email,
        roles,
        active: true,
        passwordHash: await passwords.hash(password),
      }),
    );
    if (teams.length > 0) {
      await manager.insert(
        CareTeamMembership,
        teams.map((team) => ({ careTeamId: team.id, clinicianId: clinician.id })),
      );
    }
  });
  process.stdout.write(
    `Created ${email} (${roles.join(', ')}).${roles.includes('admin') ? ' Set up the second factor at first sign-in.' : ''}\n`,
  );
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
