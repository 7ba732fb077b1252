// The patient page's charts in one chunk: they share recharts, and one import in flight is what
// Jest's ESM runtime links reliably (two at once failed with "request for 'react/jsx-runtime' is
// not in cache").
export { AttendanceChart } from './attendance-chart';
export { CravingsChart } from './cravings-chart';
export { CueChart } from './cue-chart';
export { InstrumentChart } from './instrument-chart';
