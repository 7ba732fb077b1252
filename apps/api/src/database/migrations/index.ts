import { InitialSchema1795569310480 } from './1795569310480-initial-schema.js';
/** Every migration in order; the generator appends new ones here. */
export const MIGRATIONS = [InitialSchema1795569310480];
