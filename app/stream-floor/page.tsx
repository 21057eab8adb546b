import { notFound } from "next/navigation";
import { streamFloor } from "./actions";

// A server action reaches the build only through a page that uses it: this page carries the
// streaming benchmark's floor action (see ./actions.ts). It shows nothing to anyone.
export default function StreamFloorPage() {
  if (typeof streamFloor === "function") notFound();
  return null;
}
