export * from './clinical-date.js';
export * from './health.js';
export * from './vocabulary.js';
