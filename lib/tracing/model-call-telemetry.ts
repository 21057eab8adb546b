/**
 * What the AI SDK may put in a model call's spans. Prompts hold users' CVs, briefs and answers, and
 * outputs their documents: neither leaves the server in a trace. The task names the span.
 */
export function modelCallTelemetry(task: string) {
  return { functionId: task, recordInputs: false, recordOutputs: false } as const;
}
