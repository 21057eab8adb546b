import { notFound } from "next/navigation";
import { isToolSlug } from "@/lib/tools/registry";

// The slug is checked here, outside the page's loading boundary, so an unknown tool is a real 404
// rather than a 200 that streams a not-found message.
export default async function ToolLayout({ children, params }: LayoutProps<"/tools/[tool]">) {
  const { tool } = await params;
  if (!isToolSlug(tool)) notFound();
  return children;
}
