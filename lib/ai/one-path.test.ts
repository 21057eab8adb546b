import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every model call goes through lib/ai/model-stream.ts, where the chain, retries, breaker, timeouts
// and usage live. A module that calls the SDK on its own skips all of them.
const theOnePath = "lib/ai/model-stream.ts";
const sdkModelCalls = new Set([
  "generateText",
  "streamText",
  "generateObject",
  "streamObject",
  "experimental_streamTextLowMemory",
  "ToolLoopAgent",
  "Experimental_Agent",
]);
const providerCalls = new Set(["doStream", "doGenerate"]);
const scanned = ["lib", "app", "components"];

/** The ways this source reaches a model without the one path: SDK calls it imports, or a model's own methods it calls. */
function modelCallsIn(source: string, fileName: string): string[] {
  const found: string[] = [];
  const fromAi = (node: ts.ImportDeclaration | ts.ExportDeclaration) =>
    node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === "ai";
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && fromAi(node) && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings;
      // A namespace import hides which functions it calls.
      if (bindings && ts.isNamespaceImport(bindings)) found.push(`* as ${bindings.name.text}`);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements)
          if (!element.isTypeOnly && sdkModelCalls.has((element.propertyName ?? element.name).text)) found.push((element.propertyName ?? element.name).text);
      }
    }
    if (ts.isExportDeclaration(node) && fromAi(node)) found.push("re-export of ai");
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.some((a) => ts.isStringLiteral(a) && a.text === "ai")
    )
      found.push('import("ai")');
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && providerCalls.has(node.expression.name.text))
      found.push(node.expression.name.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true));
  return found;
}

// Test support (lib/ai/testing) wraps models to watch what tests send them; no app code imports it.
const notAppCode = [path.join("lib", "generated"), path.join("lib", "ai", "testing")];

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((file) => path.join(dir, file))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !notAppCode.some((folder) => file.startsWith(folder)));
}

describe("one path for every model call", () => {
  it("finds SDK calls however they are imported, and ignores types and other SDK pieces", () => {
    expect(modelCallsIn('import { generateText, Output } from "ai";', "a.ts")).toEqual(["generateText"]);
    expect(modelCallsIn('import { streamText as stream } from "ai";', "a.ts")).toEqual(["streamText"]);
    expect(modelCallsIn('import * as sdk from "ai";', "a.ts")).toEqual(["* as sdk"]);
    expect(modelCallsIn('export { streamText } from "ai";', "a.ts")).toEqual(["re-export of ai"]);
    expect(modelCallsIn("const sdk = await import('ai');\nconst pdf = await import('unpdf');", "a.ts")).toEqual(['import("ai")']);
    expect(modelCallsIn("await model.doGenerate(options);", "a.ts")).toEqual(["doGenerate"]);
    expect(modelCallsIn('import type { LanguageModel } from "ai";\nimport { type StreamTextResult, wrapLanguageModel } from "ai";', "a.ts")).toEqual([]);
  });

  it(`leaves every model call to ${theOnePath}`, () => {
    const offenders = scanned
      .flatMap(sourceFiles)
      .filter((file) => file !== theOnePath)
      .map((file) => ({ file, calls: modelCallsIn(fs.readFileSync(file, "utf8"), file) }))
      .filter(({ calls }) => calls.length);
    expect(offenders).toEqual([]);
    expect(modelCallsIn(fs.readFileSync(theOnePath, "utf8"), theOnePath)).toEqual(["streamText"]);
  });
});
