import type { Server } from 'node:http';
import fc from 'fast-check';
import type { Caller } from './fuzz-callers.js';
import { type FuzzContext, validRequestsFor } from './fuzz-request.js';
import type { Operation } from './openapi-operations.js';
import { collectionOfPath, collectionOfPathParam, type RecordPools } from './record-pools.js';
import { type Answer, send } from './send-request.js';

/** Valid requests tried per operation while looking for a caller and a first record. */
const TRIES = 8;

/** The id a create answered with, remembered under the collection it was created in. */
export function remember(pools: RecordPools, operation: Operation, answer: Answer, seeded: boolean): void {
  if (operation.method !== 'post' || answer.status >= 300 || !answer.text) return;
  const collection = collectionOfPath(operation.path);
  let id: unknown;
  try {
    id = (JSON.parse(answer.text) as { id?: unknown }).id;
  } catch {
    return;
  }
  if (!collection || typeof id !== 'string') return;
  if (seeded && !pools.hasSeeded(collection)) pools.seed(collection, id);
  else pools.harvest(collection, id);
}

/** Operations ordered so that the ones creating a collection come before the ones naming its records. */
export function creatorsFirst(operations: Operation[]): Operation[] {
  const makes = (operation: Operation) => (operation.method === 'post' ? collectionOfPath(operation.path) : undefined);
  const made = new Set(operations.map(makes).filter(Boolean));
  const needs = (operation: Operation) =>
    operation.pathParams
      .map((p) => collectionOfPathParam(operation.path, p.name))
      .filter((collection) => collection && made.has(collection) && makes(operation) !== collection);
  const ordered: Operation[] = [];
  const ready = new Set<string | undefined>();
  let pending = [...operations].sort((a, b) => Number(b.method === 'post') - Number(a.method === 'post'));
  while (pending.length > 0) {
    const next =
      pending.find((operation) => needs(operation).every((collection) => ready.has(collection))) ?? pending[0];
    if (!next) break;
    ordered.push(next);
    ready.add(makes(next));
    pending = pending.filter((operation) => operation !== next);
  }
  return ordered;
}

/**
 * The first caller whose valid requests get past access control (any answer but 401 and 403),
 * trying a few valid requests so that creates leave a first record for the operations after them.
 */
export async function firstCallerReaching(
  server: Server,
  operation: Operation,
  callers: Caller[],
  context: FuzzContext,
  seed: number,
): Promise<Caller | undefined> {
  for (const caller of callers) {
    const requests = fc.sample(validRequestsFor(operation, caller.name, context), { seed, numRuns: TRIES });
    for (const [index, request] of requests.entries()) {
      const answer = await send(server, request, caller.credentials);
      if (index === 0 && [401, 403].includes(answer.status)) break;
      remember(context.pools, operation, answer, true);
      if (answer.status < 300 || operation.method !== 'post') return caller;
      if (index === requests.length - 1) return caller;
    }
  }
  return undefined;
}
