import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { offlineOnlyPort } from "../playwright.config";
import { builtActions } from "../scripts/lib/server-actions.mjs";
import { corpusFile } from "./support/corpus";
import { base, call, invite, post, registerAs, rememberSecret, uniqueEmail } from "./support/server-actions";
import { jobDescriptionInput } from "./support/job-description";

// Who may call what. Every server action in the build and every route handler in app/ must appear
// here: a new endpoint without a row fails the first test. The callers: anonymous, a job seeker, HR
// and the admin of organisation A, and HR of organisation B, each against their own and others' rows.
const root = path.resolve(import.meta.dirname, "..");
const publicActions = [
  "app/(auth)/actions.ts#login",
  "app/(auth)/actions.ts#register",
  "app/(auth)/actions.ts#oauthSignIn",
  "app/(app)/actions.ts#signOutAction",
  // Off unless BENCH_STREAM_FLOOR=on (the streaming benchmark's floor); refused in the e2e server.
  "app/stream-floor/actions.ts#streamFloor",
];
const protectedActions = [
  "app/(auth)/actions.ts#joinOrganization",
  "app/(app)/tools/actions.ts#generateDocument",
  "app/(app)/tools/actions.ts#stopGeneration",
  "app/(app)/history/actions.ts#deleteGeneration",
  "app/(app)/history/actions.ts#saveEditedVersion",
  "app/(app)/account/actions.ts#changePassword",
  "app/(app)/account/actions.ts#deleteAccount",
  "app/(app)/account/actions.ts#signOutEverywhere",
  "app/(app)/account/api/actions.ts#createApiKey",
  "app/(app)/account/api/actions.ts#revokeApiKey",
  "app/(app)/admin/api-keys/actions.ts#revokeOrganizationApiKey",
  "app/(app)/admin/members/actions.ts#inviteMember",
  "app/(app)/admin/members/actions.ts#revokeInvitation",
  "app/(app)/admin/members/actions.ts#changeMemberRole",
  "app/(app)/admin/members/actions.ts#removeMember",
  "app/(app)/copilot/cvs/actions.ts#createCvFromText",
  "app/(app)/copilot/cvs/actions.ts#renameCv",
  "app/(app)/copilot/cvs/actions.ts#deleteCv",
  "app/(app)/copilot/cvs/actions.ts#saveCvProfile",
  "app/(app)/copilot/cvs/actions.ts#addCvProfileLines",
  "app/(app)/copilot/cvs/actions.ts#readCvWithModel",
  "app/(app)/copilot/jobs/actions.ts#createJobFromText",
  "app/(app)/copilot/jobs/actions.ts#deleteJob",
  "app/(app)/copilot/jobs/actions.ts#refineJobWithAi",
  "app/(app)/copilot/applications/actions.ts#startApplication",
  "app/(app)/copilot/applications/actions.ts#decideChange",
  "app/(app)/copilot/applications/actions.ts#setApplicationStatus",
  "app/(app)/copilot/applications/actions.ts#writeCoverLetter",
  "app/(app)/copilot/applications/actions.ts#writeCoverLetterWithAi",
  "app/(app)/copilot/applications/actions.ts#tailorWithAi",
  "app/(app)/copilot/applications/actions.ts#deleteApplication",
  "app/(app)/chat/candidates/actions.ts#deleteCandidateCv",
  "app/(app)/chat/actions.ts#startConversation",
  "app/(app)/chat/actions.ts#renameConversation",
  "app/(app)/chat/actions.ts#deleteConversation",
  "app/(app)/chat/actions.ts#setAskLink",
  "app/(app)/chat/actions.ts#rotateAskLink",
  "app/(app)/exit-interviews/actions.ts#startExitInterview",
  "app/(app)/exit-interviews/actions.ts#reissueExitInterviewLink",
  "app/(app)/exit-interviews/actions.ts#withdrawExitInterviewLink",
  "app/(app)/exit-interviews/actions.ts#emailExitInterviewLink",
  "app/(app)/exit-interviews/actions.ts#saveExitSettings",
  "app/(app)/feedback/actions.ts#rateItem",
  "app/(app)/admin/usage/actions.ts#savePrice",
  "app/(app)/admin/usage/actions.ts#removePrice",
  "app/(app)/admin/usage/actions.ts#savePromptSplit",
];
const adminActions = protectedActions.filter((a) => a.includes("/admin/") || a.endsWith("#saveExitSettings"));
const exitHrActions = protectedActions.filter((a) => a.includes("/exit-interviews/") && !adminActions.includes(a));
const routes = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js",
  "app/api/health/route.ts": "public",
  "app/api/health/live/route.ts": "public",
  "app/api/health/ready/route.ts": "public (states only, no addresses or errors)",
  "app/api/metrics/route.ts": "METRICS_TOKEN as a bearer token (404 in production without one)",
  "app/api/account/export/route.ts": "signed-in",
  "app/api/cvs/route.ts": "signed-in (uploads a CV of one's own)",
  "app/api/candidate-cvs/route.ts": "HR and admins of an organisation (upload a candidate's CV into it)",
  "app/api/cvs/[id]/file/route.ts": "owner only",
  "app/api/jobs/route.ts": "signed-in (saves a posting of one's own)",
  "app/api/applications/[id]/roundtrip/route.ts": "owner only",
  "app/api/chat/[id]/route.ts": "the conversation's asker only (asks a question)",
  "app/api/chat/[id]/stream/route.ts": "the conversation's asker only (follows a live answer)",
  "app/api/chat/[id]/stop/route.ts": "the conversation's asker only (stops the answer)",
  "app/api/generations/[id]/stream/route.ts": "whoever may read the document in history (follows it being written)",
  "app/api/ask/[token]/route.ts": "anyone with an active link (their own conversation, by cookie)",
  "app/api/ask/[token]/stream/route.ts": "anyone with an active link (their own conversation, by cookie)",
  "app/api/ask/[token]/stop/route.ts": "anyone with an active link (their own conversation, by cookie)",
  "app/api/exit-interviews/export/route.ts": "HR and admins of an organisation (their organisation's interviews only)",
  "app/api/exit/[token]/consent/route.ts": "anyone with an open exit-interview link (that interview only)",
  "app/api/exit/[token]/answer/route.ts": "anyone with an open exit-interview link (that interview only)",
  "app/api/exit/[token]/skip/route.ts": "anyone with an open exit-interview link (that interview only)",
  "app/api/exit/[token]/finish/route.ts": "anyone with an open exit-interview link (that interview only)",
  "app/api/exit/[token]/withdraw/route.ts": "anyone with an open exit-interview link (that interview only)",
  "app/api/v1/openapi.json/route.ts": "public (describes the API, holds no data)",
  "app/api/v1/reference/scalar.js/route.ts": "public (the reference page's viewer script)",
  "app/api/v1/documents/route.ts": "API key with the documents scope, owned by HR or an admin",
  "app/api/v1/history/route.ts": "API key with the history scope (the owner's history scope)",
  "app/api/v1/history/[id]/route.ts": "API key with the history scope (read in scope; delete: author or admin)",
  "app/api/v1/cvs/route.ts": "API key with the cvs scope (uploads a CV of the owner's own)",
  "app/api/v1/cvs/[id]/route.ts": "API key with the cvs scope (owner only)",
  "app/api/v1/postings/route.ts": "API key with the fit scope (saves a posting of the owner's own)",
  "app/api/v1/fit/route.ts": "API key with the fit scope (owner's CV and posting only)",
  "app/api/v1/applications/[id]/route.ts": "API key with the fit scope (owner only)",
  "app/api/v1/chat/route.ts": "API key with the chat scope (a CV the owner may read)",
};

/** Every operation of the REST API, with an id that names no row: without a live key each is refused before anything else. */
const apiV1Calls = [
  ["POST", "/api/v1/documents"],
  ["GET", "/api/v1/history"],
  ["GET", "/api/v1/history/cabc"],
  ["DELETE", "/api/v1/history/cabc"],
  ["POST", "/api/v1/cvs"],
  ["GET", "/api/v1/cvs/cabc"],
  ["POST", "/api/v1/postings"],
  ["POST", "/api/v1/fit"],
  ["GET", "/api/v1/applications/cabc"],
  ["POST", "/api/v1/chat"],
] as const;

async function generate(cookie: string, title: string): Promise<string> {
  const started = await post(
    "app/(app)/tools/actions.ts#generateDocument",
    { tool: "job-description", input: jobDescriptionInput(title), modelId: "offline:draft" },
    cookie,
    "/tools/job-description",
  );
  const text = await started.text(); // read to the end: the document is complete
  const id = /"generationId":"([a-z0-9]+)"/.exec(text)?.[1];
  expect(id, `generation started: ${text.slice(0, 200)}`).toBeTruthy();
  return id!;
}

const page = (path: string, cookie: string) => fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });

/**
 * Organisation A with an admin and an HR member (joined by invitation), B with its admin (hrB) and a
 * plain HR member (hrBMember), and a job seeker.
 */
async function cast() {
  const adminA = await registerAs("hire");
  const hrAEmail = uniqueEmail("hr-a");
  const hrA = await registerAs("hire", { email: hrAEmail, inviteToken: await invite(adminA.cookie, hrAEmail) });
  const hrB = await registerAs("hire");
  const hrBMemberEmail = uniqueEmail("hr-b");
  const hrBMember = await registerAs("hire", { email: hrBMemberEmail, inviteToken: await invite(hrB.cookie, hrBMemberEmail) });
  const seeker = await registerAs("seek");
  const [adminAId, hrAId] = await Promise.all(
    [adminA, hrA].map(async (u) => (await (await fetch(`${base}/api/account/export`, { headers: { cookie: u.cookie } })).json()).id as string),
  );
  return { adminA: { ...adminA, id: adminAId! }, hrA: { ...hrA, id: hrAId! }, hrB, hrBMember, seeker };
}

test("every server action and route handler is in the authorisation matrix", () => {
  const built = [...new Set(builtActions(root).map((a) => `${a.filename}#${a.exportedName}`))].sort();
  expect(built).toEqual([...publicActions, ...protectedActions].sort());
  const routeFiles = (dir: string): string[] =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? routeFiles(`${dir}/${e.name}`) : e.name === "route.ts" ? [`${dir}/${e.name}`] : []));
  expect(routeFiles("app").sort()).toEqual(Object.keys(routes).sort());
});

test("anonymous callers are refused by every protected action and route, and learn nothing", async () => {
  for (const action of protectedActions) {
    expect(await call(action, {}), action).toEqual({ ok: false, code: "unauthorized:auth", message: expect.any(String), requestId: expect.any(String) });
  }
  expect((await fetch(`${base}/api/account/export`)).status).toBe(401);
  expect((await fetch(`${base}/api/cvs`, { method: "POST", body: new FormData() })).status).toBe(401);
  expect((await fetch(`${base}/api/candidate-cvs`, { method: "POST", body: new FormData() })).status).toBe(401);
  for (const route of ["", "/stop"]) expect((await fetch(`${base}/api/chat/cabc${route}`, { method: "POST", headers: { origin: base } })).status).toBe(401);
  expect((await fetch(`${base}/api/chat/cabc/stream`)).status).toBe(401);
  expect((await fetch(`${base}/api/generations/cabc/stream`)).status).toBe(401);
  // A link's routes need no account, only an active link: an unknown token is refused as such.
  expect((await fetch(`${base}/api/ask/no-such-token/stream`)).status).toBe(404);
  expect((await fetch(`${base}/api/exit-interviews/export`)).status).toBe(401);
  for (const step of ["consent", "answer", "skip", "finish", "withdraw"])
    expect(
      (
        await fetch(`${base}/api/exit/no-such-token-0123456789abcdef/${step}`, {
          method: "POST",
          headers: { origin: base, "content-type": "application/json" },
          body: "{}",
        })
      ).status,
      step,
    ).toBe(404);
  expect((await fetch(`${base}/api/cvs/abc/file`)).status).toBe(401);
  expect((await fetch(`${base}/api/jobs`, { method: "POST", body: new FormData() })).status).toBe(401);
  expect((await fetch(`${base}/api/applications/abc/roundtrip`, { method: "POST", body: "%PDF-" })).status).toBe(401);
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  expect((await fetch(`${base}/api/health/live`)).status).toBe(200);
  expect((await fetch(`${base}/api/health/ready`)).status).toBe(200);
  expect((await fetch(`${base}/api/metrics`)).status).toBe(401);
  expect((await fetch(`${base}/api/metrics`, { headers: { authorization: "Bearer not-the-metrics-token" } })).status).toBe(401);
  expect(await call("app/(auth)/actions.ts#oauthSignIn", { provider: "google" })).toMatchObject({ ok: false, code: "bad_request:auth" });
  expect((await fetch(`${base}/api/v1/openapi.json`)).status).toBe(200);
  for (const [method, route] of apiV1Calls) expect((await fetch(`${base}${route}`, { method })).status, `${method} ${route}`).toBe(401);
});

test("documents are shared within an organisation's HR, never across organisations or with job seekers", async () => {
  const { adminA, hrA, hrB, hrBMember, seeker } = await cast();
  const byAdmin = await generate(adminA.cookie, "Matrix Nurse");
  const byHr = await generate(hrA.cookie, "Matrix Welder");

  // Job seekers write no HR documents and see none.
  expect(
    await call(
      "app/(app)/tools/actions.ts#generateDocument",
      { tool: "job-description", input: jobDescriptionInput("x"), modelId: "offline:draft" },
      seeker.cookie,
    ),
  ).toMatchObject({ ok: false, code: "forbidden:auth" });

  // HR of A reads and versions the admin's document; HR of B and the job seeker get a 404 and nothing else.
  expect((await page(`/history/${byAdmin}`, hrA.cookie)).status).toBe(200);
  expect(await (await page("/history", hrA.cookie)).text()).toContain("Matrix Nurse");
  for (const outsider of [hrB, hrBMember, seeker]) {
    const response = await page(`/history/${byAdmin}`, outsider.cookie);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Matrix Nurse");
    expect(await (await page("/history", outsider.cookie)).text()).not.toContain("Matrix Nurse");
    for (const [action, args] of [
      ["app/(app)/tools/actions.ts#stopGeneration", { id: byAdmin }],
      ["app/(app)/history/actions.ts#deleteGeneration", { id: byAdmin }],
      ["app/(app)/history/actions.ts#saveEditedVersion", { parentId: byAdmin, output: "# Taken over" }],
    ] as const) {
      const result = await call(action, args, outsider.cookie);
      expect(result, action).toMatchObject({ ok: false, code: "not_found:generation" });
      expect(JSON.stringify(result)).not.toContain("Matrix Nurse");
    }
    const exported = await fetch(`${base}/api/account/export`, { headers: { cookie: outsider.cookie } }).then((r) => r.json());
    expect(JSON.stringify(exported)).not.toContain("Matrix Nurse");
    const followed = await fetch(`${base}/api/generations/${byAdmin}/stream`, { headers: { cookie: outsider.cookie } });
    expect(followed.status).toBe(404);
    expect(await followed.text()).not.toContain("Matrix Nurse");
  }
  // A colleague who reads the document may follow it too (here it is already written: a replay to its end).
  const followed = await fetch(`${base}/api/generations/${byAdmin}/stream`, { headers: { cookie: hrA.cookie } });
  expect(followed.status).toBe(200);
  expect(await followed.text()).toContain('"status":"COMPLETE"');
  expect(await call("app/(app)/history/actions.ts#saveEditedVersion", { parentId: byAdmin, output: "# Improved by a colleague" }, hrA.cookie)).toMatchObject({
    ok: true,
  });
  // Only the author stops a stream; a colleague is told so.
  expect(await call("app/(app)/tools/actions.ts#stopGeneration", { id: byAdmin }, hrA.cookie)).toMatchObject({ ok: false, code: "forbidden:generation" });

  // Deleting: HR deletes only their own; the admin deletes any document of the organisation.
  expect(await call("app/(app)/history/actions.ts#deleteGeneration", { id: byAdmin }, hrA.cookie)).toMatchObject({ ok: false, code: "not_found:generation" });
  const deleted = await post("app/(app)/history/actions.ts#deleteGeneration", { id: byHr }, adminA.cookie);
  expect(deleted.headers.get("x-action-redirect")).toMatch(/^\/history/); // success sends the browser back to the list
  expect((await page(`/history/${byHr}`, hrA.cookie)).status).toBe(404);
});

test("only an organisation's admin manages its members, and only its own", async () => {
  const { adminA, hrA, hrB, seeker } = await cast();
  for (const caller of [hrA, seeker]) {
    for (const action of adminActions)
      expect(await call(action, { email: "x@example.test", role: "HR", id: "abc", userId: hrA.id }, caller.cookie), action).toMatchObject({
        ok: false,
        code: "forbidden:auth",
      });
    expect(await (await page("/admin/members", caller.cookie)).text()).toContain("Only an organisation&#x27;s admins");
  }
  // hrB administers organisation B, and cannot reach into A.
  expect(await call("app/(app)/admin/members/actions.ts#changeMemberRole", { userId: hrA.id, role: "ADMIN" }, hrB.cookie)).toMatchObject({
    ok: false,
    code: "not_found:members",
  });
  expect(await call("app/(app)/admin/members/actions.ts#removeMember", { userId: hrA.id }, hrB.cookie)).toMatchObject({ ok: false, code: "not_found:members" });
  const pending = await call("app/(app)/admin/members/actions.ts#inviteMember", { email: uniqueEmail("later"), role: "HR" }, adminA.cookie);
  expect(pending).toMatchObject({ ok: true, data: { id: expect.any(String) } });
  expect(await call("app/(app)/admin/members/actions.ts#revokeInvitation", { id: pending.data!.id }, hrB.cookie)).toMatchObject({
    ok: false,
    code: "not_found:members",
  });
  expect(await call("app/(app)/admin/members/actions.ts#revokeInvitation", { id: pending.data!.id }, adminA.cookie)).toMatchObject({ ok: true });
  const membersPageB = await (await page("/admin/members", hrB.cookie)).text();
  expect(membersPageB).not.toContain(hrA.email);

  // The admin's changes apply to the member's very next request, without signing them out.
  expect(await call("app/(app)/admin/members/actions.ts#changeMemberRole", { userId: adminA.id, role: "HR" }, adminA.cookie)).toMatchObject({
    ok: false,
    code: "conflict:members",
  });
  expect(await call("app/(app)/admin/members/actions.ts#changeMemberRole", { userId: hrA.id, role: "ADMIN" }, adminA.cookie)).toMatchObject({ ok: true });
  expect(await (await page("/admin/members", hrA.cookie)).text()).toContain(adminA.email);
  expect(await call("app/(app)/admin/members/actions.ts#removeMember", { userId: hrA.id }, adminA.cookie)).toMatchObject({ ok: true });
  expect(
    await call(
      "app/(app)/tools/actions.ts#generateDocument",
      { tool: "job-description", input: jobDescriptionInput("After removal"), modelId: "offline:draft" },
      hrA.cookie,
    ),
  ).toMatchObject({ ok: false, code: "forbidden:auth" });
});

test("a CV is its owner's alone: other job seekers, HR and admins get 404s and nothing of it", async () => {
  const { adminA, hrA, hrB, hrBMember } = await cast();
  const owner = await registerAs("seek");
  const other = await registerAs("seek");
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane.docx");
  const uploaded = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: owner.cookie } });
  expect(uploaded.status).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  expect((await page(`/copilot/cvs/${id}`, owner.cookie)).status).toBe(200);
  expect((await fetch(`${base}/api/cvs/${id}/file`, { headers: { cookie: owner.cookie } })).status).toBe(200);

  for (const intruder of [other, hrA, adminA, hrB, hrBMember]) {
    const file = await fetch(`${base}/api/cvs/${id}/file`, { headers: { cookie: intruder.cookie } });
    expect(file.status).toBe(404);
    expect(await file.text()).not.toContain("Jane");
    const view = await page(`/copilot/cvs/${id}`, intruder.cookie);
    expect(view.status).toBe(404);
    expect(await view.text()).not.toContain("jane@example.com");
    expect(await (await page("/copilot", intruder.cookie)).text()).not.toContain("jane.docx");
    for (const [action, args] of [
      ["app/(app)/copilot/cvs/actions.ts#renameCv", { id, name: "Mine now" }],
      ["app/(app)/copilot/cvs/actions.ts#deleteCv", { id }],
      ["app/(app)/copilot/cvs/actions.ts#saveCvProfile", { id, edits: [{ path: "name", value: "Mallory" }] }],
      ["app/(app)/copilot/cvs/actions.ts#addCvProfileLines", { id, lines: [0], to: "new" }],
      ["app/(app)/copilot/cvs/actions.ts#readCvWithModel", { id, modelId: "groq:llama-3.3-70b-versatile" }],
    ] as const) {
      const result = await call(action, args, intruder.cookie);
      expect(result, action).toMatchObject({ ok: false, code: "not_found:cv" });
      expect(JSON.stringify(result)).not.toContain("Jane");
    }
    const exported = await fetch(`${base}/api/account/export`, { headers: { cookie: intruder.cookie } }).then((r) => r.text());
    expect(exported).not.toContain("jane@example.com");
  }
  expect(await call("app/(app)/copilot/cvs/actions.ts#renameCv", { id, name: "Still mine" }, owner.cookie)).toMatchObject({ ok: true });
  const exported = await fetch(`${base}/api/account/export`, { headers: { cookie: owner.cookie } }).then((r) => r.json());
  expect(exported.cvs).toEqual([expect.objectContaining({ id, name: "Still mine" })]);
});

test("a candidate's CV is its organisation's: its HR and admins see it, nobody else does, and it is never the uploader's own CV", async () => {
  const { adminA, hrA, hrB, hrBMember, seeker } = await cast();
  const cvForm = () => {
    const form = new FormData();
    form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "matrix-candidate.docx");
    return form;
  };
  const upload = (cookie: string) => fetch(`${base}/api/candidate-cvs`, { method: "POST", body: cvForm(), headers: { cookie } });

  const refused = await upload(seeker.cookie);
  expect(refused.status).toBe(403);
  expect(await refused.json()).toMatchObject({ error: { code: "forbidden:auth" } });
  const uploaded = await upload(hrA.cookie);
  expect(uploaded.status).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  // The same file again is the same candidate, not a second copy.
  const again = await upload(hrA.cookie);
  expect(again.status).toBe(200);
  expect(await again.json()).toMatchObject({ id, duplicateOf: "matrix-candidate" });

  for (const colleague of [hrA, adminA]) expect(await (await page("/chat/candidates", colleague.cookie)).text()).toContain(`/chat/new?cv=${id}`);
  for (const outsider of [hrB, hrBMember, seeker]) {
    const list = await (await page("/chat/candidates", outsider.cookie)).text();
    expect(list).not.toContain(id);
    expect(list).not.toContain("matrix-candidate");
  }
  expect(await (await page("/chat/candidates", seeker.cookie)).text()).toContain("for an organisation&#x27;s HR and admins");

  // Not one of the uploader's own CVs: the Job Copilot neither lists nor opens it.
  expect(await (await page("/copilot", hrA.cookie)).text()).not.toContain("matrix-candidate");
  expect((await page(`/copilot/cvs/${id}`, hrA.cookie)).status).toBe(404);
  expect((await fetch(`${base}/api/cvs/${id}/file`, { headers: { cookie: hrA.cookie } })).status).toBe(404);
  expect(await call("app/(app)/copilot/cvs/actions.ts#deleteCv", { id }, hrA.cookie)).toMatchObject({ ok: false, code: "not_found:cv" });

  // Another organisation's HR and admin cannot delete it; a job seeker may not even try.
  for (const outsider of [hrB, hrBMember]) {
    const result = await call("app/(app)/chat/candidates/actions.ts#deleteCandidateCv", { id }, outsider.cookie);
    expect(result).toMatchObject({ ok: false, code: "not_found:cv" });
    expect(JSON.stringify(result)).not.toContain("matrix-candidate");
  }
  expect(await call("app/(app)/chat/candidates/actions.ts#deleteCandidateCv", { id }, seeker.cookie)).toMatchObject({ ok: false, code: "forbidden:auth" });
  expect(await (await page("/chat/candidates", hrA.cookie)).text()).toContain(`/chat/new?cv=${id}`);

  // Any HR or admin of the organisation may delete it, and the audit log records both ends.
  expect(await call("app/(app)/chat/candidates/actions.ts#deleteCandidateCv", { id }, adminA.cookie)).toMatchObject({ ok: true });
  expect(await (await page("/chat/candidates", hrA.cookie)).text()).not.toContain(id);
  const audit = await (await page("/admin/audit", adminA.cookie)).text();
  expect(audit).toContain("Uploaded a candidate&#x27;s CV");
  expect(audit).toContain("Deleted a candidate&#x27;s CV");
});

test("job postings and applications are their owner's alone", async () => {
  const { adminA, hrB, hrBMember } = await cast();
  const owner = await registerAs("seek");
  const other = await registerAs("seek");
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane.docx");
  const { id: cvId } = (await (await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: owner.cookie } })).json()) as { id: string };
  const posting = "Senior Engineer at Initrode. We need Python, Docker and Kubernetes experience for our platform team, with 3+ years of work.";
  const created = await post("app/(app)/copilot/jobs/actions.ts#createJobFromText", { text: `${posting} ${posting}` }, owner.cookie);
  const jobId = /\/copilot\/jobs\/([a-z0-9]+)/.exec(created.headers.get("x-action-redirect") ?? "")?.[1];
  expect(jobId).toBeTruthy();
  const started = await post("app/(app)/copilot/applications/actions.ts#startApplication", { cvId, jobId }, owner.cookie);
  const applicationId = /\/copilot\/applications\/([a-z0-9]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  expect(applicationId).toBeTruthy();
  expect((await page(`/copilot/applications/${applicationId}`, owner.cookie)).status).toBe(200);

  for (const intruder of [other, adminA, hrB, hrBMember]) {
    for (const path of [`/copilot/jobs/${jobId}`, `/copilot/applications/${applicationId}`]) {
      const view = await page(path, intruder.cookie);
      expect(view.status, path).toBe(404);
      expect(await view.text()).not.toContain("Initrode");
    }
    expect(await (await page("/copilot/applications", intruder.cookie)).text()).not.toContain("Initrode");
    const roundTrip = await fetch(`${base}/api/applications/${applicationId}/roundtrip`, {
      method: "POST",
      body: "%PDF-1.4",
      headers: { cookie: intruder.cookie },
    });
    expect(roundTrip.status).toBe(404);
    for (const [action, args, code] of [
      ["app/(app)/copilot/jobs/actions.ts#deleteJob", { id: jobId }, "not_found:job"],
      ["app/(app)/copilot/jobs/actions.ts#refineJobWithAi", { id: jobId, modelId: "groq:llama-3.3-70b-versatile" }, "not_found:job"],
      ["app/(app)/copilot/applications/actions.ts#startApplication", { cvId, jobId }, "not_found:cv"],
      ["app/(app)/copilot/applications/actions.ts#decideChange", { id: applicationId, changeId: "skills", accept: false }, "not_found:application"],
      ["app/(app)/copilot/applications/actions.ts#setApplicationStatus", { id: applicationId, status: "OFFER" }, "not_found:application"],
      ["app/(app)/copilot/applications/actions.ts#writeCoverLetter", { id: applicationId }, "not_found:application"],
      [
        "app/(app)/copilot/applications/actions.ts#writeCoverLetterWithAi",
        { id: applicationId, modelId: "groq:llama-3.3-70b-versatile" },
        "not_found:application",
      ],
      ["app/(app)/copilot/applications/actions.ts#tailorWithAi", { id: applicationId, modelId: "groq:llama-3.3-70b-versatile" }, "not_found:application"],
      ["app/(app)/copilot/applications/actions.ts#deleteApplication", { id: applicationId }, "not_found:application"],
    ] as const) {
      const result = await call(action, args, intruder.cookie);
      expect(result, action).toMatchObject({ ok: false, code });
      expect(JSON.stringify(result)).not.toContain("Initrode");
    }
    // Someone else's CV cannot be put forward for one's own job either.
    expect(await call("app/(app)/copilot/applications/actions.ts#startApplication", { cvId, jobId: jobId! }, intruder.cookie)).toMatchObject({ ok: false });
  }
  expect(await call("app/(app)/copilot/applications/actions.ts#setApplicationStatus", { id: applicationId, status: "APPLIED" }, owner.cookie)).toMatchObject({
    ok: true,
  });
});

test("pages that read a document by id (version compare, a tool opened from history) and the audit log stay inside the organisation", async () => {
  const { adminA, hrA, hrB, hrBMember, seeker } = await cast();
  const original = await generate(adminA.cookie, "Compare Welder");
  const edited = await call(
    "app/(app)/history/actions.ts#saveEditedVersion",
    { parentId: original, output: "# Compare Welder\n\nPay band kept private" },
    hrA.cookie,
  );
  expect(edited).toMatchObject({ ok: true });
  const version = String(edited.data!.id);

  const compare = await page(`/history/${version}/compare`, adminA.cookie);
  expect(compare.status).toBe(200);
  expect(await compare.text()).toContain("Pay band kept private");
  expect(await (await page(`/tools/job-description?from=${original}`, hrA.cookie)).text()).toContain("Compare Welder");
  expect(await (await page("/admin/audit", adminA.cookie)).text()).toContain(hrA.email);

  for (const outsider of [hrB, hrBMember, seeker]) {
    const foreignCompare = await page(`/history/${version}/compare`, outsider.cookie);
    expect(foreignCompare.status).toBe(404);
    expect(await foreignCompare.text()).not.toContain("Pay band kept private");
    // The form opens empty: the other organisation's inputs are not filled in.
    expect(await (await page(`/tools/job-description?from=${original}`, outsider.cookie)).text()).not.toContain("Compare Welder");
    const audit = await (await page("/admin/audit", outsider.cookie)).text();
    expect(audit).not.toContain(hrA.email);
    expect(audit).not.toContain(adminA.email);
  }
  expect(await (await page("/admin/audit", hrA.cookie)).text()).toContain("Only an organisation&#x27;s admins");
});

test("only models the operator offers can be called, and a refused one changes nothing", async () => {
  const { adminA } = await cast();
  const seeker = await registerAs("seek");
  for (const modelId of ["ollama:not-installed", "groq:gpt-4o", "groq:off"]) {
    const refused = await call(
      "app/(app)/tools/actions.ts#generateDocument",
      { tool: "job-description", input: jobDescriptionInput("Unoffered model"), modelId },
      adminA.cookie,
    );
    expect(refused, modelId).toMatchObject({ ok: false, code: "bad_request:llm" });
  }
  expect(await (await page("/history", adminA.cookie)).text()).not.toContain("Unoffered model");
  const created = await post(
    "app/(app)/copilot/jobs/actions.ts#createJobFromText",
    { text: "Welder at Initrode. We need MIG and TIG welding and 3+ years of work in a fabrication shop." },
    seeker.cookie,
  );
  const jobId = /\/copilot\/jobs\/([a-z0-9]+)/.exec(created.headers.get("x-action-redirect") ?? "")?.[1];
  expect(await call("app/(app)/copilot/jobs/actions.ts#refineJobWithAi", { id: jobId, modelId: "ollama:not-installed" }, seeker.cookie)).toMatchObject({
    ok: false,
    code: "bad_request:llm",
  });
  // The offered Ollama model still works for everyone: the refused ids tripped no breaker.
  const written = await post(
    "app/(app)/tools/actions.ts#generateDocument",
    { tool: "job-description", input: jobDescriptionInput("Offered model"), modelId: "ollama:llama3.2" },
    adminA.cookie,
    "/tools/job-description",
  );
  expect(await written.text()).toContain('"provider":"ollama"');
});

test("a state-changing route handler refuses a request from another site's page", async () => {
  const seeker = await registerAs("seek");
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "jane.docx");
  const forged = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: seeker.cookie, origin: "https://evil.example" } });
  expect(forged.status).toBe(403);
  expect(await (await page("/copilot", seeker.cookie)).text()).not.toContain("jane.docx");
  const own = await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: seeker.cookie, origin: base } });
  expect(own.status).toBe(201);
});

test("with no AI provider configured, every 'with AI' task is refused clearly and documents are written offline", async () => {
  const server = `http://127.0.0.1:${offlineOnlyPort}`;
  const hr = await registerAs("hire", { server });
  const seeker = await registerAs("seek", { server });
  const refused = await call(
    "app/(app)/tools/actions.ts#generateDocument",
    { tool: "job-description", input: jobDescriptionInput("No provider"), modelId: "groq:llama-3.3-70b-versatile" },
    hr.cookie,
    { server },
  );
  expect(refused).toMatchObject({ ok: false, code: "bad_request:llm" });
  const offline = await post(
    "app/(app)/tools/actions.ts#generateDocument",
    { tool: "job-description", input: jobDescriptionInput("No provider"), modelId: "offline:draft" },
    hr.cookie,
    "/tools/job-description",
    { server },
  );
  expect(await offline.text()).toContain('"provider":"offline"');

  const created = await post(
    "app/(app)/copilot/jobs/actions.ts#createJobFromText",
    { text: "Welder at Initrode. We need MIG and TIG welding and 3+ years of work in a fabrication shop." },
    seeker.cookie,
    "/",
    { server },
  );
  const jobId = /\/copilot\/jobs\/([a-z0-9]+)/.exec(created.headers.get("x-action-redirect") ?? "")?.[1];
  expect(jobId).toBeTruthy();
  const text = fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"));
  const form = new FormData();
  form.set("file", new Blob([text]), "jane.docx");
  const { id: cvId } = (await (await fetch(`${server}/api/cvs`, { method: "POST", body: form, headers: { cookie: seeker.cookie } })).json()) as { id: string };
  const started = await post("app/(app)/copilot/applications/actions.ts#startApplication", { cvId, jobId }, seeker.cookie, "/", { server });
  const applicationId = /\/copilot\/applications\/([a-z0-9]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  expect(applicationId).toBeTruthy();
  for (const modelId of ["groq:llama-3.3-70b-versatile", "ollama:llama3.2", "offline:draft"]) {
    for (const [action, args] of [
      ["app/(app)/copilot/cvs/actions.ts#readCvWithModel", { id: cvId, modelId }],
      ["app/(app)/copilot/jobs/actions.ts#refineJobWithAi", { id: jobId, modelId }],
      ["app/(app)/copilot/applications/actions.ts#writeCoverLetterWithAi", { id: applicationId, modelId }],
      ["app/(app)/copilot/applications/actions.ts#tailorWithAi", { id: applicationId, modelId }],
    ] as const) {
      const result = await call(action, args, seeker.cookie, { server });
      expect(result, `${action} ${modelId}`).toMatchObject({ ok: false, code: "bad_request:llm", message: expect.stringContaining("AI model") });
    }
  }
});

test("a member who leaves takes none of the organisation's documents and destroys none of them", async () => {
  const { adminA, hrA } = await cast();
  const written = await generate(hrA.cookie, "Lifecycle Anaesthetist");
  expect(await call("app/(app)/admin/members/actions.ts#removeMember", { userId: hrA.id }, adminA.cookie)).toMatchObject({ ok: true });

  // Gone from the organisation: the document is out of reach, and out of "download my data".
  expect((await page(`/history/${written}`, hrA.cookie)).status).toBe(404);
  const exported = await fetch(`${base}/api/account/export`, { headers: { cookie: hrA.cookie } }).then((r) => r.text());
  expect(exported).toContain(hrA.email);
  expect(exported).not.toContain("Lifecycle Anaesthetist");

  // Deleting the account asks for the password, and then leaves the organisation's document in place.
  expect(await call("app/(app)/account/actions.ts#deleteAccount", { confirmEmail: hrA.email }, hrA.cookie)).toMatchObject({
    ok: false,
    code: "bad_request:input",
  });
  const deleted = await post("app/(app)/account/actions.ts#deleteAccount", { confirmEmail: hrA.email, password: "matrix-password-1" }, hrA.cookie);
  expect(deleted.headers.get("x-action-redirect")).toContain("/register");
  expect((await fetch(`${base}/api/account/export`, { headers: { cookie: hrA.cookie } })).status).toBe(401);
  const kept = await page(`/history/${written}`, adminA.cookie);
  expect(kept.status).toBe(200);
  const view = await kept.text();
  expect(view).toContain("Lifecycle Anaesthetist");
  expect(view).toContain("Former member");
});

test("a conversation is its asker's alone; a CV's link is its owner's alone; a candidate CV is its organisation's", async () => {
  const { hrA, hrB, seeker } = await cast();
  const other = await registerAs("seek");
  const form = new FormData();
  form.set("file", new Blob([fs.readFileSync(corpusFile("resumes/jane-smith_minimal.docx"))]), "matrix-chat.docx");
  const { id: cvId } = (await (await fetch(`${base}/api/cvs`, { method: "POST", body: form, headers: { cookie: seeker.cookie, origin: base } })).json()) as {
    id: string;
  };
  const started = await post("app/(app)/chat/actions.ts#startConversation", { cvId }, seeker.cookie, "/chat");
  const id = /\/chat\/([a-z0-9]+)/.exec(started.headers.get("x-action-redirect") ?? "")?.[1];
  expect(id).toBeTruthy();

  const ask = (cookie: string) =>
    fetch(`${base}/api/chat/${id}`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body: JSON.stringify({ trigger: "submit-message", question: { id: "matrix-question-1", text: "Where does she work?" } }),
    });
  for (const intruder of [other, hrA, hrB]) {
    expect((await ask(intruder.cookie)).status).toBe(404);
    expect((await fetch(`${base}/api/chat/${id}/stream`, { headers: { cookie: intruder.cookie } })).status).toBe(404);
    expect((await fetch(`${base}/api/chat/${id}/stop`, { method: "POST", headers: { cookie: intruder.cookie, origin: base } })).status).toBe(404);
    expect((await page(`/chat/${id}`, intruder.cookie)).status).toBe(404);
    expect(await call("app/(app)/chat/actions.ts#renameConversation", { id, title: "Mine" }, intruder.cookie)).toMatchObject({
      ok: false,
      code: "not_found:chat",
    });
    expect(await call("app/(app)/chat/actions.ts#deleteConversation", { id }, intruder.cookie)).toMatchObject({ ok: false, code: "not_found:chat" });
    expect(await call("app/(app)/chat/actions.ts#startConversation", { cvId }, intruder.cookie)).toMatchObject({ ok: false, code: "not_found:cv" });
    expect(await call("app/(app)/chat/actions.ts#setAskLink", { cvId, enabled: true }, intruder.cookie)).toMatchObject({ ok: false, code: "not_found:cv" });
    expect(await call("app/(app)/chat/actions.ts#rotateAskLink", { cvId }, intruder.cookie)).toMatchObject({ ok: false, code: "not_found:cv" });
    expect((await page(`/chat/share/${cvId}`, intruder.cookie)).status).toBe(404);
  }
  // A question from another site is refused before anything is read.
  const forged = await fetch(`${base}/api/chat/${id}`, {
    method: "POST",
    headers: { cookie: seeker.cookie, origin: "https://evil.example", "content-type": "application/json" },
    body: JSON.stringify({ trigger: "submit-message", question: { id: "matrix-question-2", text: "Hello?" } }),
  });
  expect(forged.status).toBe(403);
  // A question too long or malformed gets a clear 400, and the conversation is untouched.
  const tooLong = await fetch(`${base}/api/chat/${id}`, {
    method: "POST",
    headers: { cookie: seeker.cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ trigger: "submit-message", question: { id: "matrix-question-3", text: "x".repeat(2_001) } }),
  });
  expect(tooLong.status).toBe(400);
  expect(((await tooLong.json()) as { error: { message: string } }).error.message).toMatch(/2,000 characters/);
  expect(await (await page(`/chat/${id}`, seeker.cookie)).text()).not.toContain("matrix-question");

  // The owner's own calls work.
  expect(await call("app/(app)/chat/actions.ts#renameConversation", { id, title: "Matrix chat" }, seeker.cookie)).toMatchObject({ ok: true });
  expect(await call("app/(app)/chat/actions.ts#setAskLink", { cvId, enabled: true }, seeker.cookie)).toMatchObject({ ok: true });
  expect(await call("app/(app)/chat/actions.ts#deleteConversation", { id }, seeker.cookie)).toMatchObject({ ok: true });
});

test("an exit interview is its organisation's HR's alone; job seekers and other organisations get nothing of it", async () => {
  const { adminA, hrA, hrB, seeker } = await cast();
  const fields = {
    employeeName: "Matrix Leaver",
    employeeEmail: "matrix.leaver@example.test",
    department: "Finance",
    role: "Analyst",
    manager: "Pat Lead",
    startDate: "2021-01-04",
    lastDay: "2026-11-27",
    reason: "voluntary",
    regrettable: true,
    language: "en",
    mode: "ATTRIBUTED",
    linkDays: 14,
  };
  const created = await call("app/(app)/exit-interviews/actions.ts#startExitInterview", fields, hrA.cookie);
  expect(created).toMatchObject({ ok: true });
  const { id } = created.data as { id: string };
  for (const action of exitHrActions)
    expect(await call(action, { ...fields, id, token: "x".repeat(43) }, seeker.cookie), action).toMatchObject({ ok: false, code: "forbidden:auth" });
  for (const action of ["reissueExitInterviewLink", "withdrawExitInterviewLink"])
    expect(await call(`app/(app)/exit-interviews/actions.ts#${action}`, { id }, hrB.cookie), action).toMatchObject({ ok: false, code: "not_found:exit" });
  expect(
    await call("app/(app)/exit-interviews/actions.ts#saveExitSettings", { exitMinGroupSize: 2, exitMinCommentGroupSize: 2, exitRetentionDays: 30 }, hrA.cookie),
  ).toMatchObject({
    ok: false,
    code: "forbidden:auth",
  });
  expect((await page(`/exit-interviews/${id}`, hrB.cookie)).status).toBe(404);
  for (const outsider of [hrB, seeker]) {
    expect(await (await page(`/exit-interviews/${id}`, outsider.cookie)).text()).not.toContain("Matrix Leaver");
    const csv = await fetch(`${base}/api/exit-interviews/export`, { headers: { cookie: outsider.cookie } });
    expect(await csv.text()).not.toContain("Matrix Leaver");
  }
  for (const colleague of [hrA, adminA]) expect(await (await page(`/exit-interviews/${id}`, colleague.cookie)).text()).toContain("Matrix Leaver");
});

test("the streaming benchmark's floor answers nothing unless the benchmark turns it on", async () => {
  expect(await call("app/stream-floor/actions.ts#streamFloor", { prompt: "hello" })).toMatchObject({ ok: false, code: "forbidden:auth" });
});

test("an API key acts only as its owner, within its scopes; only the owner or the organisation's admin revokes it", async () => {
  const { adminA, hrA, hrB, seeker } = await cast();
  const makeKey = async (cookie: string, scopes: string[]) => {
    const made = await call("app/(app)/account/api/actions.ts#createApiKey", { name: "matrix", scopes }, cookie);
    expect(made).toMatchObject({ ok: true });
    const { id, key } = made.data as { id: string; key: string };
    rememberSecret(key);
    return { id, bearer: { authorization: `Bearer ${key}` } };
  };
  const byAdmin = await generate(adminA.cookie, "Matrix Keyholder");
  const hrAKey = await makeKey(hrA.cookie, ["history"]);
  const hrBKey = await makeKey(hrB.cookie, ["history", "documents"]);
  const seekerKey = await makeKey(seeker.cookie, ["documents", "cvs"]);

  // A colleague's key reads the organisation's documents; another organisation's key gets a 404 and nothing of it.
  expect((await fetch(`${base}/api/v1/history/${byAdmin}`, { headers: hrAKey.bearer })).status).toBe(200);
  const outside = await fetch(`${base}/api/v1/history/${byAdmin}`, { headers: hrBKey.bearer });
  expect(outside.status).toBe(404);
  expect(await outside.text()).not.toContain("Keyholder");
  expect(JSON.stringify(await (await fetch(`${base}/api/v1/history`, { headers: hrBKey.bearer })).json())).not.toContain("Keyholder");
  // HR deletes only their own documents, as in the app.
  expect((await fetch(`${base}/api/v1/history/${byAdmin}`, { method: "DELETE", headers: hrAKey.bearer })).status).toBe(404);

  // A scope the key lacks, or a tool the owner's role cannot use, is refused.
  expect((await fetch(`${base}/api/v1/documents`, { method: "POST", headers: hrAKey.bearer })).status).toBe(403);
  const seekerWrites = await fetch(`${base}/api/v1/documents`, {
    method: "POST",
    headers: { ...seekerKey.bearer, "content-type": "application/json" },
    body: JSON.stringify({ tool: "job-description", input: jobDescriptionInput("x"), modelId: "offline:draft" }),
  });
  expect(seekerWrites.status).toBe(403);
  expect((await fetch(`${base}/api/v1/cvs/cabcdefghijklmnopqrstuvwxy`, { headers: hrAKey.bearer })).status).toBe(403);

  // Revoking: not by a stranger, not by another organisation's admin, and by this organisation's admin.
  expect(await call("app/(app)/account/api/actions.ts#revokeApiKey", { id: hrAKey.id }, seeker.cookie)).toMatchObject({ ok: false, code: "not_found:api" });
  expect(await call("app/(app)/admin/api-keys/actions.ts#revokeOrganizationApiKey", { id: hrAKey.id }, hrB.cookie)).toMatchObject({
    ok: false,
    code: "not_found:api",
  });
  expect(await (await page("/admin/api-keys", hrB.cookie)).text()).not.toContain(hrA.email);
  expect(await (await page("/admin/api-keys", adminA.cookie)).text()).toContain(hrA.email);
  expect(await call("app/(app)/admin/api-keys/actions.ts#revokeOrganizationApiKey", { id: hrAKey.id }, adminA.cookie)).toMatchObject({ ok: true });
  expect((await fetch(`${base}/api/v1/history/${byAdmin}`, { headers: hrAKey.bearer })).status).toBe(401);
});

test("ratings, prices and usage stay inside the organisation; only its admins read its usage", async () => {
  const { adminA, hrA, hrB, hrBMember, seeker } = await cast();
  const byAdmin = await generate(adminA.cookie, "Rated Porter");
  const rate = (cookie: string, input: Record<string, unknown>) => call("app/(app)/feedback/actions.ts#rateItem", input, cookie);
  expect(await rate(hrA.cookie, { target: "document", id: byAdmin, rating: "UP", reason: "Clear and short" })).toMatchObject({ ok: true });
  for (const outsider of [hrB, hrBMember, seeker]) {
    expect(await rate(outsider.cookie, { target: "document", id: byAdmin, rating: "DOWN" })).toMatchObject({ ok: false, code: "not_found:generation" });
  }
  // An answer can only be rated by the one who asked: no other id passes, whatever it points at.
  expect(await rate(seeker.cookie, { target: "answer", id: byAdmin, rating: "UP" })).toMatchObject({ ok: false, code: "not_found:chat" });
  const tooLong = await rate(hrA.cookie, { target: "document", id: byAdmin, rating: "UP", reason: "x".repeat(501) });
  expect(tooLong).toMatchObject({ ok: false, code: "bad_request:input" });
  expect((tooLong as { fieldErrors?: Record<string, string[]> }).fieldErrors?.reason?.[0]).toContain("500");

  expect(
    await call("app/(app)/admin/usage/actions.ts#savePrice", { model: "groq:matrix-model", inputPerMillion: 1, outputPerMillion: 2 }, adminA.cookie),
  ).toMatchObject({ ok: true });
  expect(
    await call("app/(app)/admin/usage/actions.ts#savePrice", { model: "offline:draft", inputPerMillion: 1, outputPerMillion: 2 }, adminA.cookie),
  ).toMatchObject({
    ok: false,
    code: "bad_request:input",
  });
  expect(await call("app/(app)/admin/usage/actions.ts#savePromptSplit", { promptId: "offer-letter", shareB: 50 }, adminA.cookie)).toMatchObject({
    ok: false,
    code: "bad_request:input",
  });
  // hrB administers organisation B: removing A's price there finds nothing.
  expect(await call("app/(app)/admin/usage/actions.ts#removePrice", { model: "groq:matrix-model" }, hrB.cookie)).toMatchObject({
    ok: false,
    code: "bad_request:input",
  });

  const usageA = await (await page("/admin/usage", adminA.cookie)).text();
  expect(usageA).toContain("Clear and short");
  expect(usageA).toContain("groq:matrix-model");
  const usageB = await (await page("/admin/usage", hrB.cookie)).text();
  expect(usageB).not.toContain("Clear and short");
  expect(usageB).not.toContain("groq:matrix-model");
  expect(usageB).not.toContain("Rated Porter");
  for (const caller of [hrA, seeker, hrBMember]) {
    const refused = await (await page("/admin/usage", caller.cookie)).text();
    expect(refused).toContain("Only an organisation&#x27;s admins can see its usage");
    expect(refused).not.toContain("Clear and short");
  }
});
