// The baseline: a bare Fastify route with a zod-validated body, nothing else.
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/echo', { schema: { body: z.object({ title: z.string(), timeBudgetMinutes: z.number().int() }).passthrough() } }, async (req) => ({ ok: true, title: req.body.title }));
app.get('/hello', async () => ({ hello: 'world' }));
const address = await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write(`bare is listening on ${address}\n`);
