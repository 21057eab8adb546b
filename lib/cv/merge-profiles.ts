import type { Profile } from "@/lib/cv/profile";

/**
 * The model's profile, completed with the offline parser's values where the model found nothing.
 * Both are grounded in the CV's lines, so the result is too.
 */
export function mergeProfiles(fromModel: Profile, offline: Profile): Profile {
  const pick = <K extends keyof Profile>(key: K): Profile[K] => {
    const value = fromModel[key];
    const empty = value === null || (Array.isArray(value) && value.length === 0);
    return empty ? offline[key] : value;
  };
  return {
    name: pick("name"),
    email: pick("email"),
    phone: pick("phone"),
    location: pick("location"),
    summary: pick("summary"),
    links: pick("links"),
    experience: pick("experience"),
    education: pick("education"),
    skills: pick("skills"),
    certifications: pick("certifications"),
    languages: pick("languages"),
    projects: pick("projects"),
  };
}
