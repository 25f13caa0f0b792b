import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { storedResponse } from '../../db/repositories/idempotency.ts';
import { findInvitation, listInvitations } from '../../db/repositories/invitations.ts';
import { AlreadyInvited, createInvitations, invitationDto, resendInvitation, revokeInvitation } from '../../interviews/invitations.ts';
import { publishedScreen } from '../../interviews/screen-snapshot.ts';
import { notifyOutboxWritten } from '../../outbox/notify.ts';
import { IdParamsSchema, listOf, ProblemSchema } from '../../schemas/common.ts';
import { IdempotencyHeadersSchema, InvitationCreateSchema, InvitationSchema } from '../../schemas/interview.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { runOnce, send } from '../idempotent.ts';

const errors = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };

export const invitationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, publicUrl }) => {
  const screenOf = async (orgId: string, id: string) => {
    const screen = await publishedScreen(db, orgId, id);
    if (screen) return screen;
    const exists = await db.selectFrom('screens').select('id').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    if (!exists) throw new ApiError('not_found', `no screen ${id}`);
    throw new ApiError('conflict', `screen ${id} is a draft; publish it before inviting candidates`);
  };

  app.post('/screens/:id/invitations', {
    schema: {
      tags: ['invitations'],
      summary: 'Invite candidates to a published screen (Idempotency-Key optional)',
      params: IdParamsSchema,
      headers: IdempotencyHeadersSchema,
      body: InvitationCreateSchema,
      response: { 201: listOf(InvitationSchema), ...errors },
    },
  }, async (request, reply) => {
    const { orgId, actor } = principalOf(request);
    const screen = await screenOf(orgId, request.params.id);
    const body = request.body;
    const candidates = body.candidates ?? [{ name: body.name!, email: body.email!, extraTimeFactor: body.extraTimeFactor }];
    const scope = `invitations:${orgId}:${screen.id}`;
    try {
      const answer = await runOnce(db, request, scope, async (tx) => ({
        status: 201,
        body: { items: await createInvitations(tx, { orgId, actor, screen, candidates, expiresInDays: body.expiresInDays, publicUrl, now: new Date() }) },
      }));
      notifyOutboxWritten();
      return send(reply, answer);
    } catch (error) {
      if (!(error instanceof AlreadyInvited)) throw error;
      // Our key was taken over while we were slow, and its taker invited this person: answer what it answered.
      const key = request.headers['idempotency-key'];
      const first = key ? await storedResponse(db, scope, key) : undefined;
      if (first) return send(reply, { ...first, replayed: true });
      const path = body.candidates ? `candidates.${error.index}.email` : 'email';
      throw new ApiError('already_invited', error.message, [{ path, message: error.message, rule: 'unique' }], { invitationId: error.invitationId, invitationStatus: error.status });
    }
  });

  app.get('/screens/:id/invitations', {
    schema: { tags: ['invitations'], summary: 'List the invitations of a screen with their status', params: IdParamsSchema, response: { 200: listOf(InvitationSchema), ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const exists = await db.selectFrom('screens').select('id').where('org_id', '=', orgId).where('id', '=', request.params.id).executeTakeFirst();
    if (!exists) throw new ApiError('not_found', `no screen ${request.params.id}`);
    const now = new Date();
    return { items: (await listInvitations(db, orgId, request.params.id)).map((r) => invitationDto(r, publicUrl, now)) };
  });

  app.get('/invitations/:id', {
    schema: { tags: ['invitations'], summary: 'Read an invitation', params: IdParamsSchema, response: { 200: InvitationSchema, ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    return invitationDto(await mustFind(orgId, request.params.id), publicUrl, new Date());
  });

  app.post('/invitations/:id/revoke', {
    schema: { tags: ['invitations'], summary: 'Withdraw an invitation (its link stops working)', params: IdParamsSchema, response: { 200: InvitationSchema, ...errors } },
  }, async (request) => {
    const { orgId } = principalOf(request);
    const outcome = await revokeInvitation(db, orgId, request.params.id);
    if (outcome === 'not_found') throw new ApiError('not_found', `no invitation ${request.params.id}`);
    if (outcome === 'completed') throw new ApiError('conflict', 'the interview is completed; its report stays');
    return invitationDto(await mustFind(orgId, request.params.id), publicUrl, new Date());
  });

  app.post('/invitations/:id/resend', {
    schema: {
      tags: ['invitations'],
      summary: 'Send the invitation email again (Idempotency-Key optional: a retry with it sends one email)',
      params: IdParamsSchema,
      headers: IdempotencyHeadersSchema,
      response: { 202: InvitationSchema, ...errors },
    },
  }, async (request, reply) => {
    const { orgId } = principalOf(request);
    const row = await mustFind(orgId, request.params.id);
    const screen = await screenOf(orgId, row.screen_id);
    const answer = await runOnce(db, request, `resend:${orgId}:${row.id}`, async (tx) => {
      const outcome = await resendInvitation(tx, { orgId, id: row.id, screen, publicUrl });
      if (outcome === 'not_found') throw new ApiError('not_found', `no invitation ${row.id}`);
      if (outcome !== 'sent') throw new ApiError('conflict', outcome === 'revoked' ? 'the invitation was revoked' : `the invitation is ${outcome}`);
      return { status: 202, body: invitationDto((await findInvitation(tx, orgId, row.id))!, publicUrl, new Date()) };
    });
    notifyOutboxWritten();
    return send(reply, answer);
  });

  async function mustFind(orgId: string, id: string) {
    const row = await findInvitation(db, orgId, id);
    if (!row) throw new ApiError('not_found', `no invitation ${id}`);
    return row;
  }
};
