"use client";

import { useEffect, useRef, useState } from "react";

type ScalarGlobal = { createApiReference: (target: HTMLElement, options: Record<string, unknown>) => { destroy?: () => void } };
const scriptSrc = "/api/v1/reference/scalar.js";

/**
 * The interactive reference of the REST API, drawn by Scalar from /api/v1/openapi.json. The viewer's
 * script is added by this component (a script the page's nonce already trusts), so no inline script
 * is needed, and it uses the system fonts instead of fetching its own.
 */
export function ApiReference() {
  const target = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let app: { destroy?: () => void } | undefined;
    const mount = () => {
      const scalar = (window as unknown as { Scalar?: ScalarGlobal }).Scalar;
      if (!scalar || !target.current) return setFailed(true);
      app = scalar.createApiReference(target.current, { url: "/api/v1/openapi.json", withDefaultFonts: false, hideClientButton: false });
    };
    const existing = document.querySelector<HTMLScriptElement>(`script[src="${scriptSrc}"]`);
    if (existing?.dataset.loaded) mount();
    else {
      const script = existing ?? Object.assign(document.createElement("script"), { src: scriptSrc, async: true });
      script.addEventListener("load", () => {
        script.dataset.loaded = "true";
        mount();
      });
      script.addEventListener("error", () => setFailed(true));
      if (!existing) document.body.append(script);
    }
    return () => app?.destroy?.();
  }, []);

  return (
    <>
      {failed ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The reference could not be loaded. The raw document is at{" "}
          <a className="underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
          .
        </p>
      ) : null}
      <div ref={target} data-testid="api-reference" />
    </>
  );
}
