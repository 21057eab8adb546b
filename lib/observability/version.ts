import { version } from "@/package.json";

/** The version this build runs, from package.json: reported by /api/health and the hr_app_info metric. */
export const appVersion: string = version;
