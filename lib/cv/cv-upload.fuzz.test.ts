import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testRequest } from "@/lib/auth/testing/next-headers";
import { signedInUser, signInAs } from "@/lib/auth/testing/signed-in";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { docxWithParagraphs, zip, zipBombDocx } from "@/scripts/lib/hostile-files.mjs";

// The CV upload routes, called in process with mutated corpus files and hostile archives, signed in
// as HR of an organisation on a migrated in-memory PGlite, with the real parse workers. Every file
// gets a 4xx with a message (or, for a file that is only shortened, may still be read): never a 5xx,
// and never a hang, which a per-file time limit turns into a failure.
vi.mock("next/headers", () => import("@/lib/auth/testing/next-headers"));

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus/resumes");
const corpusFiles = fs.readdirSync(corpus).filter((file) => /\.(pdf|docx)$/.test(file));
const hangAfterMs = 45_000;

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes: { name: string; post: Route }[] = [];
let db: PrismaClient;

beforeAll(async () => {
  process.env.PGLITE_DIR = "memory://";
  delete process.env.DATABASE_URL;
  process.env.AUTH_SECRET = "test-secret-of-at-least-thirty-two-characters";
  process.env.RATE_LIMIT_STORE = "memory";
  process.env.RATE_LIMIT_UPLOADS_PER_HOUR = "100000";
  process.env.PARSE_WORKERS = "1";
  db = await (await import("@/lib/db/client")).getDb();
  const { cookie, user } = await signedInUser(db, { email: "hr@example.test", role: "HR" });
  const org = await db.organization.create({ data: { name: "Fuzz Ltd" } });
  await db.user.update({ where: { id: user.id }, data: { organizationId: org.id } });
  signInAs(cookie);
  routes.push(
    { name: "/api/cvs", post: (await import("@/app/api/cvs/route")).POST as Route },
    { name: "/api/candidate-cvs", post: (await import("@/app/api/candidate-cvs/route")).POST as Route },
  );
});
afterAll(async () => {
  testRequest.cookies.clear();
  await db?.$disconnect();
});

const read = (file: string) => new Uint8Array(fs.readFileSync(path.join(corpus, file)));
const ascii = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));

/** Posts `bytes` as the form's file and gives the status and JSON body, failing as a hang past the limit. */
async function upload(route: Route, fileName: string, bytes: Uint8Array): Promise<{ status: number; body: { error?: { code: string; message: string } } }> {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], fileName, { type: fileName.endsWith(".pdf") ? "application/pdf" : "application/octet-stream" }));
  const request = new Request("http://app.test/api/cvs", { method: "POST", body: form, headers: { host: "app.test", origin: "http://app.test" } });
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${fileName}: no answer within ${hangAfterMs} ms (a hang)`)), hangAfterMs);
  });
  try {
    const response = await Promise.race([route(request, { params: Promise.resolve({}) }), hang]);
    return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
  } finally {
    clearTimeout(timer);
  }
}

async function expectRefused(route: Route, fileName: string, bytes: Uint8Array) {
  const { status, body } = await upload(route, fileName, bytes);
  expect(status, `${fileName}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${fileName}: ${JSON.stringify(body)}`).toBeLessThan(500);
  expect(body.error?.message, fileName).toMatch(/\w/);
}

// A seeded generator, so a failure names a case that can be run again.
const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, seed: number) => fc.sample(arbitrary, { numRuns: count, seed });

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docxWithDocument = (xml: string) => zip([{ name: "word/document.xml", data: Buffer.from(xml) }]);

/** Hostile files built from scratch: one per kind of attack the parsers must refuse in bounded time. */
const hostileFiles: { name: string; bytes: () => Uint8Array }[] = [
  { name: "zip-bomb.docx", bytes: () => zipBombDocx(200) },
  { name: "zip-in-zip.docx", bytes: () => zip([{ name: "inner.docx", data: Buffer.from(docxWithParagraphs(["Jane Doe"])) }]) },
  { name: "zip-in-zip-in-zip.docx", bytes: () => zip([{ name: "a.zip", data: Buffer.from(zip([{ name: "b.docx", data: Buffer.from(zipBombDocx(50)) }])) }]) },
  { name: "huge-attribute.docx", bytes: () => docxWithDocument(`<w:document ${ns} w:x="${"a".repeat(60 * 1024 * 1024)}"><w:body/></w:document>`) },
  { name: "many-empty-elements.docx", bytes: () => docxWithDocument(`<w:document ${ns}><w:body>${"<w:p/>".repeat(10_000_000)}</w:body></w:document>`) },
  {
    name: "entity-expansion.docx",
    bytes: () => {
      const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join("");
      return docxWithDocument(
        `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e0 "lol">${entities}]><w:document ${ns}><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>`,
      );
    },
  },
  {
    name: "deep-elements.docx",
    bytes: () => docxWithDocument(`<w:document ${ns}><w:body>${"<w:p>".repeat(200_000)}${"</w:p>".repeat(200_000)}</w:body></w:document>`),
  },
  {
    name: "deep-tables.docx",
    bytes: () =>
      docxWithDocument(
        `<w:document ${ns}><w:body>${"<w:tbl><w:tr><w:tc>".repeat(50_000)}<w:p/>${"</w:tc></w:tr></w:tbl>".repeat(50_000)}</w:body></w:document>`,
      ),
  },
  { name: "unclosed-elements.docx", bytes: () => docxWithDocument(`<w:document ${ns}><w:body>${"<w:p><w:r><w:t>x".repeat(100_000)}`) },
  {
    name: "deep-arrays.pdf",
    bytes: () => ascii(`%PDF-1.4\n1 0 obj\n${"[".repeat(500_000)}${"]".repeat(500_000)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`),
  },
  {
    name: "deep-dictionaries.pdf",
    bytes: () => ascii(`%PDF-1.4\n1 0 obj\n${"<< /A ".repeat(200_000)}${">> ".repeat(200_000)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`),
  },
  { name: "header-only.pdf", bytes: () => ascii("%PDF-1.7\n") },
  { name: "empty.pdf", bytes: () => new Uint8Array() },
];

describe.each(corpusFiles.length ? ["/api/cvs", "/api/candidate-cvs"] : [])("fuzzing %s", (routeName) => {
  const route = () => routes.find((r) => r.name === routeName)!.post;

  it("never answers a shortened corpus file with a 5xx", async () => {
    // Another cut for each route, so the second one parses files it has not seen.
    const cuts = sample(fc.double({ min: 0.01, max: 0.95, noNaN: true }), corpusFiles.length, 17 + routeName.length);
    for (const [i, file] of corpusFiles.entries()) {
      const bytes = read(file);
      const { status, body } = await upload(route(), file, bytes.subarray(0, Math.floor(bytes.length * cuts[i]!)));
      expect(status, `${file}: ${JSON.stringify(body)}`).toBeLessThan(500);
      if (status >= 400) expect(body.error?.message, file).toMatch(/\w/);
    }
  });

  it("refuses corpus files whose magic bytes are wrong", async () => {
    for (const file of corpusFiles) {
      const bytes = read(file).slice();
      // A PDF's header taken away, or a zip's signature made into a PDF's: the type check or the parser refuses.
      if (file.endsWith(".pdf")) bytes.set(ascii("PK\x03\x04\x00"), bytes.indexOf(0x25));
      else bytes.set(ascii("%PDF-"), 0);
      await expectRefused(route(), file, bytes);
    }
  });

  it("refuses nested zips, huge XML, deep nesting and bombs with a 4xx", async () => {
    for (const hostile of hostileFiles) await expectRefused(route(), hostile.name, hostile.bytes());
  });

  it("reads a DOCX that carries a zip bomb as an embedded object, without opening the object", async () => {
    const embedded = zip([
      {
        name: "word/document.xml",
        data: Buffer.from(`<w:document ${ns}><w:body><w:p><w:r><w:t>Jane Doe, nurse, sent to ${routeName}</w:t></w:r></w:p></w:body></w:document>`),
      },
      { name: "word/embeddings/object.docx", data: Buffer.from(zipBombDocx(100)) },
    ]);
    const { status, body } = await upload(route(), "embedded.docx", embedded);
    expect(status, JSON.stringify(body)).toBeLessThan(300);
  });

  it("refuses random bytes, bare or behind a PDF or zip signature", async () => {
    const cases = sample(fc.tuple(fc.constantFrom("", "%PDF-1.7\n", "PK\x03\x04"), fc.uint8Array({ maxLength: 256 * 1024 })), 12, 29);
    for (const [i, [prefix, noise]] of cases.entries()) {
      await expectRefused(route(), `random-${i}${prefix.startsWith("%") ? ".pdf" : ".docx"}`, new Uint8Array([...ascii(prefix), ...noise]));
    }
  });
});
