import { expect } from 'chai';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { fromTransportError } from '../../src/errors/classifyError.js';
import { AxiosTransport } from '../../src/http/AxiosTransport.js';
import type { HttpRequest, HttpResponse } from '../../src/http/HttpTransport.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

describe('AxiosTransport (against a node:http server on 127.0.0.1)', () => {
  let server: Server;
  let base: string;
  let handler: Handler;
  const received: { method: string; url: string; headers: IncomingMessage['headers'] }[] = [];

  beforeEach(async () => {
    received.length = 0;
    handler = (_req, res) => res.end();
    server = createServer((req, res) => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      handler(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  const get = (path: string, extra: Partial<HttpRequest> = {}): HttpRequest => ({
    method: 'GET',
    url: `${base}${path}`,
    headers: {},
    timeoutMs: 2_000,
    ...extra,
  });

  it('answers a redirect with its status and never follows it (the API key goes nowhere else)', async () => {
    handler = (req, res) => {
      if (req.url === '/elsewhere') res.end('followed');
      else res.writeHead(302, { location: `${base}/elsewhere` }).end();
    };
    const answer = await firstValueFrom(
      new AxiosTransport().request(get('/api/v3/order?x=1', { method: 'POST', headers: { 'X-MBX-APIKEY': 'key-1' } })),
    );
    expect(answer.status).to.equal(302);
    expect(received.map((r) => r.url)).to.deep.equal(['/api/v3/order?x=1']);
  });

  it('sends the method, the URL with its query and the headers as given', async () => {
    handler = (_req, res) => res.end('{}');
    const transport = new AxiosTransport();
    await firstValueFrom(
      transport.request(
        get('/api/v3/order?symbol=%EF%BC%91&note=a%20b&signature=ab12', {
          method: 'DELETE',
          headers: { 'X-MBX-APIKEY': 'key-1' },
        }),
      ),
    );
    expect(received).to.have.length(1);
    expect(received[0]?.method).to.equal('DELETE');
    expect(received[0]?.url).to.equal('/api/v3/order?symbol=%EF%BC%91&note=a%20b&signature=ab12');
    expect(received[0]?.headers['x-mbx-apikey']).to.equal('key-1');
  });

  it('answers every status as a response, not as an error', async () => {
    const transport = new AxiosTransport();
    for (const status of [200, 400, 404, 418, 429, 500, 503]) {
      handler = (_req, res) => {
        res.statusCode = status;
        res.end(`{"code":-1000,"msg":"status ${status}"}`);
      };
      const response = await firstValueFrom(transport.request(get('/x')));
      expect(response.status, String(status)).to.equal(status);
      expect(response.body).to.equal(`{"code":-1000,"msg":"status ${status}"}`);
    }
  });

  it('gives the body as text, exactly as sent (big integers, HTML, empty)', async () => {
    const bodies = ['{"orderId":12345678901234567890,"price":"0.10000000"}', '<html>Not Found</html>', ''];
    const transport = new AxiosTransport();
    for (const body of bodies) {
      handler = (_req, res) => {
        res.setHeader('content-type', body.startsWith('{') ? 'application/json' : 'text/html');
        res.end(body);
      };
      const response = await firstValueFrom(transport.request(get('/x')));
      expect(response.body).to.equal(body);
    }
  });

  it('gives header names in lower case', async () => {
    handler = (_req, res) => {
      res.setHeader('X-MBX-USED-WEIGHT-1M', '42');
      res.setHeader('Retry-After', '7');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end('{}');
    };
    const response: HttpResponse = await firstValueFrom(new AxiosTransport().request(get('/x')));
    expect(response.headers['x-mbx-used-weight-1m']).to.equal('42');
    expect(response.headers['retry-after']).to.equal('7');
    expect(response.headers['set-cookie']).to.equal('a=1, b=2');
    for (const name of Object.keys(response.headers)) expect(name).to.equal(name.toLowerCase());
  });

  it('emits one response and completes', async () => {
    handler = (_req, res) => res.end('ok');
    const all = await lastValueFrom(new AxiosTransport().request(get('/x')).pipe(toArray()));
    expect(all.map((r) => r.body)).to.deep.equal(['ok']);
  });

  it('is cold: nothing is sent before subscription, and each subscription sends again', async () => {
    handler = (_req, res) => res.end('ok');
    const request$ = new AxiosTransport().request(get('/x'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).to.have.length(0);
    await firstValueFrom(request$);
    await firstValueFrom(request$);
    expect(received).to.have.length(2);
  });

  it('errors when no answer comes within timeoutMs (classified as a timeout)', async () => {
    handler = () => undefined; // never answers
    const started = Date.now();
    let error: unknown;
    try {
      await firstValueFrom(new AxiosTransport().request(get('/slow', { timeoutMs: 50 })));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(Error);
    expect(Date.now() - started).to.be.lessThan(1_500);
    const classified = fromTransportError(error, { operation: { name: 'read' }, idempotent: true });
    expect(classified.category).to.equal('timeout');
  });

  it('errors when the connection is refused (classified as a network failure, nothing sent)', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    let error: unknown;
    try {
      await firstValueFrom(new AxiosTransport().request({ ...get('/x'), url: `http://127.0.0.1:${port}/x` }));
    } catch (e) {
      error = e;
    }
    const classified = fromTransportError(error, { operation: { name: 'placeOrder' }, idempotent: false });
    expect(classified).to.include({ category: 'network', reason: 'ECONNREFUSED', retryable: true });
  });

  it('aborts the request on unsubscribe: the server sees the connection closed before it answered', async () => {
    let answered = false;
    const closedEarly = new Promise<boolean>((resolve) => {
      handler = (req, res) => {
        res.on('close', () => resolve(!answered));
        // Answers (too late) only if the connection is still there after a while.
        const late = setTimeout(() => {
          answered = true;
          res.end('late');
        }, 1_000);
        req.socket.on('close', () => clearTimeout(late));
      };
    });
    const seen: string[] = [];
    const subscription = new AxiosTransport().request(get('/hang')).subscribe({
      next: () => seen.push('next'),
      error: () => seen.push('error'),
      complete: () => seen.push('complete'),
    });
    while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    subscription.unsubscribe();
    expect(await closedEarly).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).to.deep.equal([]); // nothing reaches a subscriber that left
  });

  it('uses an injected axios instance', async () => {
    handler = (_req, res) => res.end('ok');
    const calls: unknown[] = [];
    const client = {
      request: (config: unknown) => {
        calls.push(config);
        return Promise.resolve({ status: 201, headers: { 'X-Test': 'yes' }, data: 'made up' });
      },
    };
    const response = await firstValueFrom(
      new AxiosTransport(client as unknown as ConstructorParameters<typeof AxiosTransport>[0]).request(get('/x')),
    );
    expect(response).to.deep.equal({ status: 201, headers: { 'x-test': 'yes' }, body: 'made up' });
    expect(calls).to.have.length(1);
    expect(received).to.have.length(0);
  });
});
