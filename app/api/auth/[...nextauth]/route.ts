import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { authBodyLimitBytes, withBodyLimit } from "@/lib/security/body-limit";

export const { GET } = handlers;
export const POST = withBodyLimit(handlers.POST, authBodyLimitBytes, (url, init) => new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]));
