import { request, type Agent } from 'node:http';

/** One HTTP exchange as the scale test's clients see it: a status, the headers they read, the JSON body. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** A connection error (refused, reset) or a timeout instead of an answer. */
  failure?: string;
}

export interface Call {
  port: number;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** The client's own loopback address (127.0.0.x): nginx and the replicas see one address per client. */
  localAddress?: string;
  agent?: Agent;
  timeoutMs?: number;
}

export function call({
  port,
  method,
  path,
  headers = {},
  body,
  localAddress,
  agent,
  timeoutMs = 30_000,
}: Call): Promise<Answer> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        localAddress,
        agent: agent ?? false,
        headers: {
          ...headers,
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => resolve({ status: 0, headers: {}, body: null, failure: e.message }));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON (an nginx error page): kept as text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('error', (e) => resolve({ status: 0, headers: {}, body: null, failure: e.message }));
    if (payload) req.write(payload);
    req.end();
  });
}

/** A GraphQL query as GET /graphql?query=…&variables=… (idempotent: nginx may retry it on another replica). */
export function graphqlGet(query: string, variables: Record<string, unknown> = {}): string {
  const q = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  return `/graphql?${q.toString()}`;
}

/** True when the answer is a 200 with data and no GraphQL errors. */
export function isOk(answer: Answer): boolean {
  const body = answer.body as { errors?: unknown[]; data?: unknown } | null;
  return (
    answer.status === 200 && body !== null && typeof body === 'object' && body.errors === undefined && body.data != null
  );
}

export function describeAnswer(answer: Answer): string {
  if (answer.failure !== undefined) return answer.failure;
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return `${answer.status} ${text.slice(0, 300)}`;
}
