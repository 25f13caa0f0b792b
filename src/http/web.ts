import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { noRouteFor } from './no-route.ts';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

// No inline scripts or styles anywhere: whatever a candidate types can never run.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Serves the built web app, with the single-page fallback for its client routes. */
export async function registerWeb(app: FastifyInstance, dir: string = WEB_DIST): Promise<void> {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/docs')) return; // swagger-ui sets its own policy
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
  const built = existsSync(`${dir}/index.html`);
  if (built) await app.register(fastifyStatic, { root: dir, prefix: '/', index: false, wildcard: false });
  app.setNotFoundHandler(async (request, reply) => {
    // A client route (no file extension, not the API) gets the app; a missing asset or API route a 404.
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (!wantsPage) throw noRouteFor(app, request, reply);
    if (!built) return reply.type('text/plain').send('The web app is not built: run `npm run build`.');
    return reply.type('text/html').sendFile('index.html');
  });
}
