export function builtActions(root: string): { id: string; filename: string; exportedName: string }[];
export function actionId(root: string, filename: string, exportedName: string): string;
export function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  args: unknown[],
  cookie?: string,
  extraHeaders?: Record<string, string>,
): Promise<Response>;
export function actionResultFrom(body: string): unknown;
export function sessionCookieFrom(response: Response): string;
