import type { AppConfig } from './app-config.js';

/** The configuration once the database is known: a server's URL or the embedded one's. */
export interface RuntimeConfig extends AppConfig {
  databaseUrl: string;
}

/** Injection token for the RuntimeConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
