"use client";

import { useRouter } from "next/navigation";
import { CvFileDrop } from "@/components/cv/cv-file-drop";

/** The job seeker's own CV: once saved (or found already saved), its page opens. */
export function CvUpload({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  return (
    <CvFileDrop
      endpoint="/api/cvs"
      maxMb={maxMb}
      inputLabel="CV file"
      testId="cv-dropzone"
      prompt="Drag your CV here, or"
      hint={`PDF or DOCX, up to ${maxMb} MB. Only you can see it.`}
      wrongTypeAdvice="Save your CV as PDF or DOCX, or paste the text below."
      tooLargeAdvice="Export a smaller PDF (without photos) or paste the text below."
      onUploaded={(answer) => router.push(answer.duplicateOf ? `/copilot/cvs/${answer.id}?duplicate=1` : `/copilot/cvs/${answer.id}`)}
    />
  );
}
