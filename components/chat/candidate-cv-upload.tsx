"use client";

import { useRouter } from "next/navigation";
import { CvFileDrop } from "@/components/cv/cv-file-drop";

/** A candidate's CV for the organisation: once saved, the list below shows it and the upload says so. */
export function CandidateCvUpload({ maxMb }: { maxMb: number }) {
  const router = useRouter();
  return (
    <CvFileDrop
      endpoint="/api/candidate-cvs"
      maxMb={maxMb}
      inputLabel="Candidate CV file"
      testId="candidate-cv-dropzone"
      prompt="Drag a candidate's CV here, or"
      hint={`PDF or DOCX, up to ${maxMb} MB. Your organisation's HR and admins can see it.`}
      wrongTypeAdvice="Save the CV as PDF or DOCX first."
      tooLargeAdvice="Export a smaller PDF (without photos)."
      onUploaded={(answer, file) => {
        router.refresh();
        return answer.duplicateOf ? `"${file.name}" is already here, as "${answer.duplicateOf}".` : `Added "${file.name}".`;
      }}
    />
  );
}
