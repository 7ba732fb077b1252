// Generates a migration from the difference between the entities and the migrated schema, then
// lists it in src/database/migrations/index.ts. Without DATABASE_URL it works on a throwaway
// in-memory embedded PostgreSQL, so no server is needed.
// Usage: npm run migration:generate -- AddTherapySessions
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedPostgres } from '../dist/database/embedded-postgres.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Give the migration a PascalCase name: npm run migration:generate -- AddTherapySessions');
  process.exit(2);
}

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = path.join(apiDir, 'src/database/migrations');
const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const embedded = process.env.DATABASE_URL ? null : await EmbeddedPostgres.start();
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? embedded.url };
// Asynchronous on purpose: the embedded database answers from this process's event loop.
const run = (command, args, options) =>
  new Promise((resolve, reject) => {
    spawn(command, args, { stdio: 'inherit', ...options }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
// index.ts lists every migration file, oldest first (file names start with their timestamp).
function writeMigrationIndex() {
  const files = readdirSync(migrationsDir)
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
  const classes = files.map(
    (file) => /export class (\w+)/.exec(readFileSync(path.join(migrationsDir, file), 'utf8'))[1],
  );
  const imports = files.map((file, i) => `import { ${classes[i]} } from './${file.replace(/\.ts$/, '.js')}';`);
  writeFileSync(
    path.join(migrationsDir, 'index.ts'),
    `${imports.join('\n')}\n\n/** Every migration, oldest first. Written by scripts/generate-migration.js. */\nexport const MIGRATIONS = [${classes.join(', ')}];\n`,
  );
}

const typeorm = (...args) =>
  run('npx', ['typeorm', ...args, '-d', 'dist/database/data-source.js'], { cwd: apiDir, env });

try {
  await typeorm('migration:run');
  const before = new Set(readdirSync(migrationsDir));
  await typeorm('migration:generate', `src/database/migrations/${kebab}`, '--pretty');
  const created = readdirSync(migrationsDir).find((file) => !before.has(file));
  if (created) {
    writeMigrationIndex();
    await run('npx', ['biome', 'format', '--write', migrationsDir], { cwd: apiDir });
    console.log(`Created ${created} and listed it in migrations/index.ts`);
  }
} finally {
  await embedded?.stop();
}
