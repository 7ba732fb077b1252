import { InitialSchema1795569310480 } from './1795569310480-initial-schema.js';

/** Every migration, oldest first. Written by scripts/generate-migration.js. */
export const MIGRATIONS = [InitialSchema1795569310480];
