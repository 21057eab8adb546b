/** A full job-description brief, as the tool's form sends it, for the benchmarks that write documents. */
export function jobBrief(title) {
  return {
    title,
    companyName: "Bench Co",
    department: "Platform",
    seniority: "senior",
    yearsExperience: "5",
    employmentType: "full-time",
    workMode: "remote",
    location: "",
    aboutCompany: "We measure things.",
    responsibilities: "Measure latency\nReport figures honestly\nFind what bounds them",
    requiredSkills: "Node.js\nStatistics",
    preferredSkills: "Linux perf",
    qualifications: "",
    salaryMin: "90000",
    salaryMax: "120000",
    currency: "EUR",
    salaryPeriod: "year",
    benefits: "Quiet office",
    language: "en",
    tone: "professional",
  };
}
