import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';
import { ratingRoutes, screenTrustRoutes } from './candidate-trust.ts';
import { candidateRoutes } from './candidates.ts';
import { emailRoutes } from './emails.ts';
import { interviewRoutes, type InterviewRouteOptions } from './interviews.ts';
import { invitationRoutes } from './invitations.ts';
import { reportRoutes } from './reports.ts';
import { webhookEndpointRoutes } from './webhook-endpoints.ts';

/** Issue 5's routes: invitations, the candidate's interview, reports, comparison, webhooks, sent emails; candidates' trust (FAQ, ratings). */
export const interviewApi: FastifyPluginAsync<AppContext & Partial<InterviewRouteOptions>> = async (api, options) => {
  await api.register(invitationRoutes, options);
  await api.register(interviewRoutes, options);
  await api.register(reportRoutes, options);
  await api.register(candidateRoutes, options);
  await api.register(webhookEndpointRoutes, options);
  await api.register(emailRoutes, options);
  await api.register(screenTrustRoutes, options);
  await api.register(ratingRoutes, options);
};
