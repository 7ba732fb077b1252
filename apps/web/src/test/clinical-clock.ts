import { jest } from '@jest/globals';

/** The instant the tests' clock starts at (jest.config.js sets it, or NALTRACK_TEST_NOW). */
export const TEST_NOW = new Date(process.env.NALTRACK_TEST_NOW ?? '');

/** Moves only the date to `now` (then on in real time): Testing Library and React keep real timers. */
export function holdClockAt(now: Date): void {
  jest.useFakeTimers({
    now,
    advanceTimers: true,
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'queueMicrotask',
      'nextTick',
      'hrtime',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
  });
}
