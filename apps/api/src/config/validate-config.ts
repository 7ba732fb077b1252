import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS, type DeepPartial } from '@naltrack/domain';
import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { type AppConfig, EnvironmentVariables } from './app-config.js';
import { decodeKey, SecretKey } from './audit-key.js';
import { parseTrustProxy } from './trust-proxy.js';

/** The repository root, found from this file (src/config or dist/config of apps/api). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

function parseClinicalSettings(json: string | undefined): DeepPartial<ClinicalSettings> {
  if (json === undefined) return {};
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(['CLINICAL_SETTINGS must be a JSON object of clinical settings']);
  }
  const defaults: Record<string, unknown> = { ...DEFAULT_CLINICAL_SETTINGS };
  const wrong = Object.entries(parsed).filter(([key, value]) => typeof value !== typeof defaults[key]);
  if (wrong.length > 0) {
    const names = wrong.map(([key]) => key).join(', ');
    throw new ConfigError([`CLINICAL_SETTINGS has unknown settings or values of the wrong type: ${names}`]);
  }
  return parsed as DeepPartial<ClinicalSettings>;
}

/** The audit key given, or the file an embedded database keeps its own in; the checkpoint beside the data. */
function auditSettings(vars: EnvironmentVariables, dataDir: string, databaseUrl: string | null) {
  const given = vars.AUDIT_HMAC_KEY ? decodeKey(vars.AUDIT_HMAC_KEY) : null;
  return {
    auditHmacKey: given ? new SecretKey(given) : null,
    auditKeyFile: given || databaseUrl ? null : path.join(dataDir, 'audit-hmac.key'),
    auditCheckpointFile: path.resolve(
      REPO_ROOT,
      vars.AUDIT_CHECKPOINT_FILE ?? path.join(dataDir, 'audit-checkpoint.json'),
    ),
  };
}

/** The TOTP key given, or (embedded database only) the file it is made in once. */
function totpKeySettings(vars: EnvironmentVariables, dataDir: string, databaseUrl: string | null) {
  const given = vars.TOTP_ENCRYPTION_KEY ? decodeKey(vars.TOTP_ENCRYPTION_KEY) : null;
  return {
    totpEncryptionKey: given ? new SecretKey(given) : null,
    totpKeyFile: given || databaseUrl ? null : path.join(dataDir, 'totp-encryption.key'),
  };
}

/** Reads and validates the environment; throws a ConfigError naming every variable at fault. */
export function validateConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Empty strings mean "unset", as docker-compose and shells often pass them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const vars = plainToInstance(EnvironmentVariables, present, {
    enableImplicitConversion: true,
    excludeExtraneousValues: false,
  });
  const errors = validateSync(vars, { stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigError(describe(errors));

  const databaseUrl = vars.DATABASE_URL ?? null;
  if (vars.REPORTS_DATABASE_URL && !databaseUrl) {
    throw new ConfigError(['REPORTS_DATABASE_URL needs DATABASE_URL: the embedded database has no replica']);
  }
  const dataDir = path.resolve(REPO_ROOT, vars.DATA_DIR ?? '.data');
  return {
    nodeEnv: vars.NODE_ENV ?? 'development',
    host: vars.HOST ?? '127.0.0.1',
    port: vars.PORT ?? 3000,
    databaseUrl,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
    databaseConnectTimeoutMs: vars.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000,
    databaseStatementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS ?? 60_000,
    databaseQueueLimit: vars.DATABASE_QUEUE_LIMIT ?? 100,
    dataDir,
    demo: vars.DEMO ?? databaseUrl === null,
    logLevel: vars.LOG_LEVEL ?? 'info',
    clinicTimeZone: vars.CLINIC_TIME_ZONE ?? 'America/New_York',
    webDistDir: path.resolve(REPO_ROOT, vars.WEB_DIST_DIR ?? 'apps/web/dist'),
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    clinicalSettings: parseClinicalSettings(vars.CLINICAL_SETTINGS),
    corsOrigins: vars.CORS_ORIGINS?.split(',') ?? [],
    clinicalNow: vars.CLINICAL_NOW ? new Date(vars.CLINICAL_NOW) : null,
    importMaxLineBytes: vars.IMPORT_MAX_LINE_BYTES ?? 1_048_576,
    migrationDatabaseUrl: vars.MIGRATION_DATABASE_URL ?? null,
    reportsDatabaseUrl: vars.REPORTS_DATABASE_URL ?? null,
    reportsReplicaMaxLagSeconds: vars.REPORTS_REPLICA_MAX_LAG_SECONDS ?? 30,
    ...auditSettings(vars, dataDir, databaseUrl),
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE ?? 600,
    ...totpKeySettings(vars, dataDir, databaseUrl),
  };
}
