import type { Metadata } from "next";
import { ApiReference } from "@/components/account/api-reference";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every endpoint of the REST API, from its OpenAPI document (
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            ). Make a key on your account page.
          </>
        }
      />
      <ApiReference />
    </>
  );
}
