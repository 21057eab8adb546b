import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyProfile } from "@/lib/cv/profile";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A visitor's questions through the real handler, on a migrated in-memory PGlite, answered by the
// offline engine. The limits are read from the environment once, so it is set before import.
let askThroughLink: typeof import("@/lib/chat/ask-through-link").askThroughLink;
let tokens: typeof import("@/lib/chat/share-token");
let links: typeof import("@/lib/db/queries/share-links");
let db: PrismaClient;
let owner: string;
const cvs: string[] = [];

beforeAll(async () => {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.LLM_CHAIN = "offline";
  process.env.OFFLINE_TOKEN_DELAY_MS = "0";
  process.env.TRUSTED_PROXY_HOPS = "1";
  process.env.RATE_LIMIT_STORE = "memory";
  process.env.RATE_LIMIT_ASK_PER_ADDRESS_PER_HOUR = "2";
  process.env.RATE_LIMIT_ASK_PER_LINK_PER_HOUR = "3";
  process.env.AUTH_SECRET = "test-secret-for-share-links-0123456789";
  ({ askThroughLink } = await import("@/lib/chat/ask-through-link"));
  tokens = await import("@/lib/chat/share-token");
  links = await import("@/lib/db/queries/share-links");
  const { storedProfile } = await import("@/lib/db/stored-shapes");
  db = await (await import("@/lib/db/client")).getDb();
  owner = (await db.user.create({ data: { email: "owner@example.test" } })).id;
  for (const name of ["First", "Second"]) {
    const text = `Pat ${name}\n2019 – 2022 Baker, Crumb & Co, York`;
    const cv = await db.cv.create({
      data: {
        userId: owner,
        name,
        mime: "text/plain",
        size: 1,
        sha256: name,
        text,
        profile: storedProfile.write(emptyProfile()),
        parseMethod: "heuristic",
        confidence: 1,
      },
    });
    cvs.push(cv.id);
  }
});
afterAll(async () => {
  await db?.$disconnect();
});

const tokenHashFor = (link: { id: string; rotatedAt: Date }) => tokens.hashShareToken(tokens.shareTokenFor(link));

async function linkFor(cvId: string) {
  await links.setShareLinkEnabled(db, { cvId, userId: owner, enabled: true, tokenHashFor });
  return tokens.shareTokenFor((await links.getShareLink(db, { cvId, userId: owner }))!);
}

let asked = 0;
function ask(token: string, address: string, cookie?: string) {
  const request = new Request(`http://app.test/api/ask/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ trigger: "submit-message", question: { id: `visitor-question-${++asked}`, text: "Where does Pat work?" } }),
  });
  return askThroughLink(request, token).catch((error: { code?: string; status?: number; retryAfterSeconds?: number }) => error);
}

describe("askThroughLink", () => {
  it("answers a visitor from the CV, and gives a first-time visitor the cookie that keeps their conversation", async () => {
    const token = await linkFor(cvs[0]!);
    const response = (await ask(token, "203.0.113.1")) as Response;
    expect(response.headers.get("set-cookie")).toMatch(/^hr_ask_visitor=[\w-]+; Path=\/; HttpOnly; SameSite=Lax/);
    // The whole answer arrives as the AI SDK's UI message stream, ending with how it ended.
    const events = (await response.text())
      .split("\n")
      .flatMap((line) => (line.startsWith("data: {") ? [JSON.parse(line.slice(6)) as { type: string; data?: unknown }] : []));
    expect(events[0]).toMatchObject({ type: "start" });
    expect(events.find((e) => e.type === "data-answer")).toMatchObject({ data: { status: "COMPLETE", model: "offline:draft" } });
    const saved = await db.message.findMany({ where: { conversation: { cvId: cvs[0] } }, orderBy: { createdAt: "asc" } });
    expect(saved.map((m) => m.role)).toEqual(["USER", "ASSISTANT"]);
  });

  it("limits questions per address across links, and per link across addresses, with the time to wait", async () => {
    const second = await linkFor(cvs[1]!);
    // The first address spent one question in the test above, on the other link.
    expect(await ask(second, "203.0.113.1")).toBeInstanceOf(Response);
    const overAddress = await ask(second, "203.0.113.1");
    expect(overAddress).toMatchObject({ code: "rate_limit:chat", status: 429 });
    expect((overAddress as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await ask(second, "203.0.113.2")).toBeInstanceOf(Response);
    expect(await ask(second, "203.0.113.3")).toBeInstanceOf(Response);
    expect(await ask(second, "203.0.113.4")).toMatchObject({ code: "rate_limit:chat", status: 429 });
  });

  it("refuses a link that is off or replaced, whoever asks", async () => {
    const token = tokens.shareTokenFor((await links.getShareLink(db, { cvId: cvs[0]!, userId: owner }))!);
    await links.rotateShareLink(db, { cvId: cvs[0]!, userId: owner, tokenHashFor });
    expect(await ask(token, "198.51.100.1")).toMatchObject({ code: "not_found:chat", status: 404 });
    expect(await ask("not-a-token", "198.51.100.2")).toMatchObject({ code: "not_found:chat" });
  });
});
