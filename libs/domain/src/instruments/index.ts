export * from './audit-c.js';
export * from './bam.js';
export * from './gad7.js';
export * from './instrument-labels.js';
export * from './instrument-score.js';
export * from './item-scale.js';
export * from './phq9.js';
export * from './score-instrument.js';
