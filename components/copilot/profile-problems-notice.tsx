import Link from "next/link";
import { profileProblems } from "@/lib/cv/job-doubts";
import type { Profile } from "@/lib/cv/profile";

/** Before anything is exported: what in the CV's profile would make the tailored CV look broken, with the way to fix it. */
export function ProfileProblemsNotice({ cvId, profile }: { cvId: string; profile: Profile }) {
  const problems = profileProblems(profile);
  if (!problems.length) return null;
  return (
    <div
      role="note"
      aria-label="Your profile needs fixing"
      className="mb-8 rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="font-medium">Fix your profile before you export: the tailored CV and the cover letter are made from it.</p>
      <ul className="list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="mt-1">
        <Link href={`/copilot/cvs/${cvId}`} className="font-medium underline">
          Review your profile
        </Link>
      </p>
    </div>
  );
}
