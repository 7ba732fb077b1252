/**
 * Runs `start` once the event loop has taken in everything that arrived with the current caller:
 * Node's check phase, which follows its poll for I/O. Requests read from ten sockets at once, or
 * ten requests that one statement's answer let go on, then reach the database as one group, where
 * starting with the first caller would send it alone and the other nine after it. A lone caller
 * waits only for the rest of the loop's turn.
 * https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick#setimmediate-vs-settimeout
 */
export function afterArrivals(start: () => void): void {
  setImmediate(start);
}
