import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { apiScopes, type ApiScope } from "@/lib/api/scopes";
import {
  applicationBody,
  chatBody,
  chatRequest,
  createDocumentBody,
  cvBody,
  cvUploadBody,
  deletedBody,
  documentBody,
  errorBody,
  fitBody,
  fitRequest,
  historyPage,
  historyQuery,
  idParam,
  postingBody,
  postingRequest,
} from "@/lib/api/schemas";

const errorContent = { "application/json": { schema: errorBody } };

/** The errors every endpoint may answer, in the shared shape; 429 carries Retry-After. */
function errors(...extra: (400 | 404 | 409 | 413 | 503)[]): ZodOpenApiResponsesObject {
  const out: ZodOpenApiResponsesObject = {
    "401": { description: "No key, or a key that is revoked or unknown", content: errorContent },
    "403": { description: "The key lacks the scope, or its owner's role cannot do this", content: errorContent },
    "429": {
      description: "The key (or its owner) made too many requests",
      headers: z.object({ "retry-after": z.string().meta({ description: "Seconds to wait" }) }),
      content: errorContent,
    },
  };
  const descriptions = {
    400: "The request is not valid: the message says what to change",
    404: "Not found, or not yours",
    409: "Conflict",
    413: "Too large",
    503: "No AI model could answer",
  };
  for (const status of extra) out[`${status}`] = { description: descriptions[status], content: errorContent };
  return out;
}

const operation = (scope: ApiScope, op: Omit<ZodOpenApiOperationObject, "security" | "tags">): ZodOpenApiOperationObject => ({
  ...op,
  tags: [scope],
  security: [{ apiKey: [scope] }],
  description: `${op.description ?? ""}\n\nNeeds a key with the \`${scope}\` scope.`.trim(),
});

const ok = (description: string, schema: z.ZodType) => ({ description, content: { "application/json": { schema } } });

/** The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse with. */
export function apiDocument(serverUrl: string) {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "HR Copilot API",
      version: "1.0.0",
      description:
        "Write HR documents, read history, parse CVs, analyse postings, score fit and ask the resume chat with an API key. " +
        "Errors are `{error:{code,message,requestId}}`; quote the requestId when reporting a problem.",
    },
    servers: [{ url: serverUrl }],
    tags: apiScopes.map((name) => ({ name })),
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from your account page: `Authorization: Bearer hrk_…`" } },
    },
    paths: {
      "/api/v1/documents": {
        post: operation("documents", {
          operationId: "createDocument",
          summary: "Write a document with an HR tool",
          description: "Waits for the document and answers with it; with `Accept: text/event-stream` sends its events (start, text, done, error) as they come.",
          requestBody: { required: true, content: { "application/json": { schema: createDocumentBody } } },
          responses: {
            "201": ok("The finished document, as saved in history", documentBody),
            "200": { description: "With `Accept: text/event-stream`: the document's events", content: { "text/event-stream": { schema: z.string() } } },
            ...errors(400, 503),
          },
        }),
      },
      "/api/v1/history": {
        get: operation("history", {
          operationId: "listHistory",
          summary: "List documents in history, newest first",
          requestParams: { query: historyQuery },
          responses: { "200": ok("One page of documents", historyPage), ...errors(400) },
        }),
      },
      "/api/v1/history/{id}": {
        get: operation("history", {
          operationId: "getDocument",
          summary: "Read a document",
          requestParams: { path: idParam },
          responses: { "200": ok("The document", documentBody), ...errors(400, 404) },
        }),
        delete: operation("history", {
          operationId: "deleteDocument",
          summary: "Delete a document (its author, or an admin)",
          requestParams: { path: idParam },
          responses: { "200": ok("Deleted", deletedBody), ...errors(400, 404) },
        }),
      },
      "/api/v1/cvs": {
        post: operation("cvs", {
          operationId: "uploadCv",
          summary: "Upload and parse a CV",
          requestBody: { required: true, content: { "multipart/form-data": { schema: cvUploadBody } } },
          responses: {
            "201": ok("The CV with its parsed profile", cvBody),
            "200": ok("The same file was uploaded before: that CV", cvBody),
            ...errors(400, 409, 413),
          },
        }),
      },
      "/api/v1/cvs/{id}": {
        get: operation("cvs", {
          operationId: "getCv",
          summary: "Read a CV's profile",
          requestParams: { path: idParam },
          responses: { "200": ok("The CV with its parsed profile", cvBody), ...errors(400, 404) },
        }),
      },
      "/api/v1/postings": {
        post: operation("fit", {
          operationId: "analysePosting",
          summary: "Analyse a job posting",
          requestBody: { required: true, content: { "application/json": { schema: postingRequest } } },
          responses: { "201": ok("The saved posting with its analysis", postingBody), ...errors(400, 413) },
        }),
      },
      "/api/v1/fit": {
        post: operation("fit", {
          operationId: "scoreFit",
          summary: "Score a CV against a posting",
          requestBody: { required: true, content: { "application/json": { schema: fitRequest } } },
          responses: { "200": ok("The fit, and the application that holds the tailored CV", fitBody), ...errors(400, 404) },
        }),
      },
      "/api/v1/applications/{id}": {
        get: operation("fit", {
          operationId: "getApplication",
          summary: "Tailored CV, cover letter and suggestions",
          requestParams: { path: idParam },
          responses: { "200": ok("The application", applicationBody), ...errors(400, 404) },
        }),
      },
      "/api/v1/chat": {
        post: operation("chat", {
          operationId: "askChat",
          summary: "Ask the resume chat about a CV",
          requestBody: { required: true, content: { "application/json": { schema: chatRequest } } },
          responses: { "200": ok("The complete answer with its citations", chatBody), ...errors(400, 404, 409, 503) },
        }),
      },
    },
  });
}
