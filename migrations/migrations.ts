import { InitialSchema1764384000000 } from './1764384000000-InitialSchema.js';

/** Every migration, oldest first. TypeORM runs the ones a database has not seen yet. */
export const migrations = [InitialSchema1764384000000];
