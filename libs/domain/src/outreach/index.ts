export * from './outreach-vocabulary.js';
