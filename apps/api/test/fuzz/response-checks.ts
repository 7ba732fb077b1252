import type { Answer } from './send-request.js';

/** What an answer must never show: stack frames, paths, SQL, driver and runtime messages. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\n\s+at |\bat \S+ \(\S+:\d+:\d+\)|\bat \S+\.(js|ts|mjs|cjs):\d+:\d+/],
  ['a source path', /node_modules|file:\/\/|(apps|libs)\/(api|domain|web)\/|\.(ts|js|mjs|cjs):\d+/],
  ['an ORM error', /QueryFailedError|TypeORMError|EntityNotFound|EntityPropertyNotFound|EntityMetadata/],
  [
    'a database message',
    /invalid input syntax|violates|duplicate key|\brelation\b|\bcolumn\b|out of range for type|invalid byte sequence|syntax error at or near|malformed array literal|field value out of range|invalid input value for enum|\bpg_|ECONN/i,
  ],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]{0,200}\b(FROM|INTO|SET|WHERE)\b/],
  [
    'a runtime error',
    /TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|is not a function|is not iterable|Maximum call stack/,
  ],
  ['a parser message', /Unexpected token|Unexpected end of JSON|in JSON at position|Unexpected non-whitespace/],
];

const ERROR_KEYS = new Set(['statusCode', 'code', 'message', 'details', 'requestId']);
/** No error needs more; a longer one echoes input. */
const MAX_ERROR_BYTES = 8192;

/**
 * Why an answer is wrong, or nothing: a 5xx; an error that is not `{statusCode, code, message,
 * details?, requestId}` with the request id of its header; anything that leaks internals or
 * echoes a long input.
 */
export function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  const requestId = answer.headers['x-request-id'];
  if (!requestId) problems.push('no x-request-id header');
  if (answer.status >= 500) problems.push(`answered ${answer.status}`);
  if (answer.status < 400) return problems;

  const text = answer.text ?? '';
  if (!/^application\/json\b/.test(answer.headers['content-type'] ?? '')) {
    problems.push(`error answered as ${answer.headers['content-type'] ?? 'no content type'}`);
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      body = parsed as Record<string, unknown>;
    else problems.push('error body is not an object');
  } catch {
    problems.push('error body is not JSON');
  }
  if (body.statusCode !== answer.status) problems.push(`statusCode ${String(body.statusCode)} in a ${answer.status}`);
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(body.code)) problems.push('no code');
  if (typeof body.message !== 'string' || body.message.length === 0) problems.push('no message');
  if (body.requestId !== requestId)
    problems.push(`requestId ${String(body.requestId)} is not the header's ${requestId}`);
  const extra = Object.keys(body).filter((key) => !ERROR_KEYS.has(key));
  if (extra.length > 0) problems.push(`unexpected keys ${extra.join(', ')}`);

  for (const [what, pattern] of LEAKS) if (pattern.test(text)) problems.push(`leaks ${what}`);
  if (Buffer.byteLength(text) > MAX_ERROR_BYTES) problems.push(`error body of ${Buffer.byteLength(text)} bytes`);
  if (/(.)\1{199}/su.test(text)) problems.push('echoes a long input');
  return problems;
}
