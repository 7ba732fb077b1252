import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// No container engine runs where the tests run, so the deployment files are checked as data.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Service {
  profiles?: string[];
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval: string; retries: number };
  command?: string[];
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
}

// Docker Compose merges `<<:` keys (YAML 1.1), as the file uses them for shared settings.
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const nginx = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');

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

  it('runs db and app by default, the second instance and the load balancer only in the scale profile', () => {
    const byDefault = Object.entries(compose.services).filter(([, s]) => !s.profiles);
    expect(byDefault.map(([name]) => name).sort()).toEqual(['app', 'db']);
    expect(service('app-2').profiles).toEqual(['scale']);
    expect(service('lb').profiles).toEqual(['scale']);
  });

  it('gives the second instance the same image, database and health check, trusting the proxy', () => {
    const app = service('app');
    const second = service('app-2');
    expect(second.image).toBe(app.image);
    expect(second.build).toEqual(app.build);
    expect(second.environment).toEqual({ ...app.environment, TRUST_PROXY: '1' });
    expect(second.healthcheck).toEqual(app.healthcheck);
    // Reached only through nginx; the first instance has run the migrations before it starts.
    expect(second.ports).toBeUndefined();
    expect(second.depends_on?.app?.condition).toBe('service_healthy');
    expect(second.depends_on?.db?.condition).toBe('service_healthy');
  });

  it('puts nginx with deploy/nginx.conf in front of both instances once they are healthy', () => {
    const lb = service('lb');
    expect(lb.image).toMatch(/^nginx:\d/);
    expect(lb.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(lb.depends_on?.app?.condition).toBe('service_healthy');
    expect(lb.depends_on?.['app-2']?.condition).toBe('service_healthy');
    const listen = Number(/listen (\d+);/.exec(nginx)?.[1]);
    expect(lb.ports).toContain(`${listen}:${listen}`);
    const upstream = /upstream naltrack \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    const servers = [...upstream.matchAll(/server ([\w-]+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers).toEqual([`app:${service('app').environment?.PORT}`, `app-2:${service('app-2').environment?.PORT}`]);
    expect(nginx).toMatch(/proxy_pass http:\/\/naltrack;/);
    // The client's own address, replacing any X-Forwarded-For it sent.
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
  });

  it('streams the database to a hot standby in the scale profile, for the instances to read reports from', () => {
    const db = service('db');
    expect(db.command?.join(' ')).toContain('wal_level=replica');
    expect(db.volumes).toContain('./deploy/replication-role.sh:/docker-entrypoint-initdb.d/20-replication-role.sh:ro');
    const replica = service('replica');
    expect(replica.profiles).toEqual(['scale']);
    expect(replica.image).toBe(db.image);
    expect(replica.depends_on?.db?.condition).toBe('service_healthy');
    expect(replica.command?.join(' ')).toMatch(/pg_basebackup -h db -U replicator -D "\$\$PGDATA" -R -X stream/);
    expect(readFileSync(path.join(root, 'deploy/replication-role.sh'), 'utf8')).toMatch(
      /host replication replicator all scram-sha-256/,
    );
    // Unset unless given: without the scale profile there is no replica to read from.
    expect(service('app').environment?.REPORTS_DATABASE_URL).toMatch(/^\$\{REPORTS_DATABASE_URL:-\}$/);
  });

  it("lets imports through nginx up to the API's own 64 MB limit, streamed", () => {
    expect(nginx).toMatch(/client_max_body_size 64m;/);
    expect(nginx).toMatch(/proxy_request_buffering off;/);
  });
});
