import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type pg from 'pg';
import { CONNECTIONS, type HttpLoad } from './load.js';

/** Seconds of CPU (user and system) a process has used, from /proc; 0 for one that is gone. */
function cpuSecondsOf(pid: number, ticksPerSecond: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** The processes of the PostgreSQL server on this machine (none when it runs elsewhere). */
function postgresPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** What one kind of request costs the machine, on average. */
export interface CpuPerRequest {
  name: string;
  requests: number;
  /** Microseconds of CPU per request in the API's process, in PostgreSQL's, and in this one (the client). */
  appMicros: number;
  postgresMicros: number | null;
  clientMicros: number;
}

/** `requests` requests over 10 connections, as fast as they go, through autocannon. */
export async function httpRequests(load: HttpLoad, requests: number): Promise<void> {
  const next = load.next;
  const result = await autocannon({
    url: load.url,
    connections: CONNECTIONS,
    amount: requests,
    headers: load.headers,
    ...(next ? { requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }] } : {}),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${load.url}: ${failed} of ${requests} requests failed`);
}

/** `requests` calls over 10 pool connections, as fast as they go. */
export async function sqlCalls(pool: pg.Pool, requests: number, call: (pool: pg.Pool) => Promise<unknown>) {
  let left = requests;
  const connection = async () => {
    while (left-- > 0) await call(pool);
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
}

/**
 * Runs `work` for `requests` requests and divides the CPU that the app's process,
 * PostgreSQL's processes and this process used meanwhile by the number of requests. Read from
 * /proc rather than a CPU profile: a profile samples wall time, and counts a thread that the
 * scheduler set aside inside a system call as busy in that call.
 */
export async function cpuPerRequest(
  name: string,
  appPid: number,
  ticksPerSecond: number,
  requests: number,
  work: (requests: number) => Promise<void>,
): Promise<CpuPerRequest> {
  const before = {
    app: cpuSecondsOf(appPid, ticksPerSecond),
    postgres: new Map(postgresPids().map((pid) => [pid, cpuSecondsOf(pid, ticksPerSecond)])),
    client: process.cpuUsage(),
  };
  await work(requests);
  const client = process.cpuUsage(before.client);
  // A backend that started meanwhile (a pool replacing an idle connection) counts from zero.
  const after = postgresPids();
  const postgres = after.reduce(
    (sum, pid) => sum + cpuSecondsOf(pid, ticksPerSecond) - (before.postgres.get(pid) ?? 0),
    0,
  );
  const micros = (cpuSeconds: number) => Math.round((cpuSeconds * 1e6) / requests);
  return {
    name,
    requests,
    appMicros: micros(cpuSecondsOf(appPid, ticksPerSecond) - before.app),
    postgresMicros: after.length > 0 ? micros(postgres) : null,
    clientMicros: Math.round((client.user + client.system) / requests),
  };
}
