import { apiRoute } from "@/lib/api/key-route";
import { idOf, json } from "@/lib/api/request";
import { idParam } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { getApplicationForUser } from "@/lib/db/queries/applications";
import { AppError } from "@/lib/errors";
import { assembleTailoredCv, tailoredCvMarkdown } from "@/lib/tailor/assemble";
import { builtInCoverLetter } from "@/lib/tailor/cover-letter";
import { suggestImprovements } from "@/lib/tailor/suggestions";

/**
 * An application's fit, tailored CV, cover letter and suggestions, as its page in the app shows them.
 * Until a letter has been written in the app, the built-in grounded draft is returned (not saved).
 */
export const GET = apiRoute({ scope: "fit" }, async (_request, { user }, context) => {
  const application = await getApplicationForUser(await getDb(), { id: await idOf(context, idParam), userId: user.id });
  if (!application) throw new AppError("not_found:application");
  const { profile, text } = application.cv;
  const { analysis } = application.job;
  const tailored = assembleTailoredCv(profile, application.tailoring);
  const coverLetter = application.coverLetter ?? builtInCoverLetter(profile, tailored, analysis, text);
  return json({
    id: application.id,
    cvId: application.cv.id,
    postingId: application.job.id,
    fit: application.fit,
    tailoredCv: tailoredCvMarkdown(tailored),
    coverLetter,
    suggestions: suggestImprovements(profile, application.fit, analysis),
  });
});
