import { jest } from '@jest/globals';

// Integration specs start the app on a fresh database; an embedded one takes seconds to boot.
jest.setTimeout(60_000);
