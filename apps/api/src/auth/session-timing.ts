/** How long a session lives unused, and at most. */
export const SESSION_IDLE_MS = 15 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** A live session is marked seen at most this often: writing on every request makes every read a write. */
export const SESSION_TOUCH_AFTER_MS = 60_000;
