import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Sent {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/** A request not answered this long after it was sent (its wait for a connection included) fails. */
const TIMEOUT_MS = 30_000;

/**
 * HTTP/1.1 on keep-alive connections to one server. Requests beyond `connections` wait in the
 * agent's queue, as a browser's would; that wait is part of the latency the caller measures.
 */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly base: URL,
    connections: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  send(request: Sent): Promise<Answer> {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    return new Promise<Answer>((resolve, reject) => {
      const outgoing = http.request(
        new URL(request.path, this.base),
        {
          method: request.method,
          agent: this.agent,
          headers: { ...request.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            clearTimeout(timer);
            resolve({
              status: incoming.statusCode ?? 0,
              headers: incoming.headers,
              body: Buffer.concat(chunks).toString(),
            });
          });
          incoming.on('error', fail);
        },
      );
      const timer = setTimeout(
        () => outgoing.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)),
        TIMEOUT_MS,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      outgoing.on('error', fail);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
