// The baseline every page is compared with: a bare Fastify route answering a small JSON object,
// in this same process, so the figure says what this machine can do right now ("ceiling").
import Fastify, { type FastifyInstance } from "fastify";

export async function startCeiling(): Promise<{ url: string; close(): Promise<void> }> {
  const app: FastifyInstance = Fastify({ logger: false });
  app.get("/", async () => ({ status: "ok" }));
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: `${url}/`, close: () => app.close() };
}
