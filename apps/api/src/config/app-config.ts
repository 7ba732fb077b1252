import 'reflect-metadata';
import type { ClinicalSettings, DeepPartial } from '@naltrack/domain';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsJSON,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { IsAuditKey, type SecretKey } from './audit-key.js';
import { IsTotpKey } from './totp-key.js';
import { isTrustProxy, type TrustProxy } from './trust-proxy.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Reads the raw variable: implicit conversion would already have turned "false" into true.
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }): unknown => {
  const value = obj[key];
  if (value === undefined || typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(text)) return true;
  if (['false', '0', 'no'].includes(text)) return false;
  return value;
};

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return '$property must be an IANA time zone such as America/New_York';
  }
}

@ValidatorConstraint({ name: 'trustProxy' })
class IsTrustProxy implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTrustProxy(value);
  }

  defaultMessage(): string {
    return "$property must be false, the number of proxies in front of the app (e.g. 1) or their addresses or CIDR ranges, comma-separated (true would believe any client's X-Forwarded-For)";
  }
}

const INSTANT_MESSAGE = '$property must be an ISO 8601 instant with its offset, e.g. 2026-12-31T23:30:00-05:00';

/**
 * The environment Naltrack reads, validated once at start. Property names are the variable names
 * so that a validation message names the variable at fault.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: 'development' | 'production' | 'test';

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  /** A PostgreSQL server; without it Naltrack runs on the embedded database in DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  /** How long a request waits for a database connection (a new one, or a free one of the pool). */
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_CONNECT_TIMEOUT_MS?: number;

  /** How long one statement may run, and the driver waits for a server that stopped answering; 0: no limit. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  DATABASE_STATEMENT_TIMEOUT_MS?: number;

  /**
   * Requests waiting for a database connection beyond which new ones are refused (503 SERVER_BUSY)
   * instead of queueing without end: an overloaded instance stays answerable.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  DATABASE_QUEUE_LIMIT?: number;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  /** Load the synthetic demo cohort into an empty database. Defaults to on for the embedded database. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO?: boolean;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @Validate(IsTimeZone)
  CLINIC_TIME_ZONE?: string;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Origins (comma-separated) allowed to call the API from a browser; none besides the app by default. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, {
    message: '$property must be comma-separated http(s) origins',
  })
  CORS_ORIGINS?: string;

  /** Overrides of the clinical rules' defaults as JSON, e.g. {"injectionGraceDays": 10}. */
  @IsOptional()
  @IsJSON({ message: '$property must be a JSON object of clinical settings' })
  CLINICAL_SETTINGS?: string;

  /** false, the number of proxies in front of the app, or their addresses/CIDR ranges (comma-separated). */
  @IsOptional()
  @IsString()
  @Validate(IsTrustProxy)
  TRUST_PROXY?: string;

  /**
   * Holds the clinical clock at this instant (tests, training databases): "today" for every
   * clinical rule. Sessions, tokens and the audit trail keep the real time.
   */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  // A date alone would be read as UTC midnight, the evening before in the Americas.
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, { message: INSTANT_MESSAGE })
  CLINICAL_NOW?: string;

  /** Longest line (a CSV row) of an import, in bytes: a longer one is that line's error, skipped unread. */
  @IsOptional()
  @IsInt()
  @Min(1_024)
  @Max(67_108_864)
  IMPORT_MAX_LINE_BYTES?: number;

  /** Migrations run as this role (the tables' owner); the app itself connects with DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// or postgresql:// URL' })
  MIGRATION_DATABASE_URL?: string;

  /**
   * A streaming replica of DATABASE_URL's server: reports, exports, measures and the caseload read
   * from it while it keeps up; every write stays on the primary. Needs DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: '$property must be a postgres:// or postgresql:// URL' })
  REPORTS_DATABASE_URL?: string;

  /** A replica further behind than this many seconds is left aside: its reads go to the primary. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(86_400)
  REPORTS_REPLICA_MAX_LAG_SECONDS?: number;

  /** Links the audit chain by HMAC; kept outside the database. Required with DATABASE_URL. */
  @IsOptional()
  @Validate(IsAuditKey)
  AUDIT_HMAC_KEY?: string;

  /** Where the signed audit checkpoint is written; default DATA_DIR/audit-checkpoint.json. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_FILE?: string;

  /** Requests each signed-in user (or address, before sign-in) may make per minute, shared by every instance. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE?: number;

  /** Encrypts TOTP secrets at rest; kept outside the database. Required with DATABASE_URL. */
  @IsOptional()
  @Validate(IsTotpKey)
  TOTP_ENCRYPTION_KEY?: string;
}

/** The typed configuration the rest of the app reads, with every default applied. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Null means: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  databasePoolSize: number;
  databaseConnectTimeoutMs: number;
  /** 0: statements may run as long as they like. */
  databaseStatementTimeoutMs: number;
  databaseQueueLimit: number;
  dataDir: string;
  demo: boolean;
  logLevel: LogLevel;
  clinicTimeZone: string;
  webDistDir: string;
  trustProxy: TrustProxy;
  clinicalSettings: DeepPartial<ClinicalSettings>;
  corsOrigins: string[];
  /** Null: the clinical clock is the real time. */
  clinicalNow: Date | null;
  importMaxLineBytes: number;
  /** Null: migrations run on the app's own connection. */
  migrationDatabaseUrl: string | null;
  /** Null: no read replica; every read goes to the primary. */
  reportsDatabaseUrl: string | null;
  reportsReplicaMaxLagSeconds: number;
  /** Null: none given; the embedded database keeps one in auditKeyFile, a server cannot start. */
  auditHmacKey: SecretKey | null;
  /** Where the embedded database's generated audit key lives; null when a key is given or on a server. */
  auditKeyFile: string | null;
  auditCheckpointFile: string;
  rateLimitPerMinute: number;
  /** Null: none given; the embedded database keeps one in totpKeyFile, a server cannot start. */
  totpEncryptionKey: SecretKey | null;
  /** Where the embedded database's generated TOTP key lives; null when a key is given or on a server. */
  totpKeyFile: string | null;
}
