import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// No container engine runs where the tests run, so the deployment files are checked as data.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval: string; retries: number };
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile;
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

function service(name: string): Service {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

describe('docker-compose.yml', () => {
  it('runs a current PostgreSQL with a named volume and a readiness check', () => {
    const db = service('db');
    const major = Number(/^postgres:(\d+)/.exec(db.image ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(17);
    const [volume] = (db.volumes ?? [])[0]?.split(':') ?? [];
    expect(volume && volume in compose.volumes).toBe(true);
    expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the app from the Dockerfile and points it at the db service', () => {
    const app = service('app');
    expect(app.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    const url = new URL(app.environment?.DATABASE_URL?.replace(/\$\{[^}]+\}/g, 'secret') ?? '');
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('db');
    expect(url.pathname).toBe(`/${service('db').environment?.POSTGRES_DB}`);
    expect(app.environment?.HOST).toBe('0.0.0.0');
  });

  it('publishes the app port and starts it only once the database is healthy', () => {
    const app = service('app');
    expect(app.ports).toContain(`${app.environment?.PORT}:${app.environment?.PORT}`);
    expect(app.depends_on?.db?.condition).toBe('service_healthy');
    expect(app.healthcheck?.test.join(' ')).toContain('/api/health');
  });

  it('has a Dockerfile that builds everything and runs the API as an unprivileged user', () => {
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health/m);
    expect(dockerfile).toMatch(/^CMD \["node", "apps\/api\/dist\/main\.js"\]$/m);
  });
});
