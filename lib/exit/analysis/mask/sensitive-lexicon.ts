import type { Lexicon } from "@/lib/exit/analysis/lexicon";

// Health and special-category vocabulary (GDPR art. 9): a mention of any of these about a person
// must be masked before answers are aggregated.

// prettier-ignore
export const healthTerms: Lexicon = [
  "pregnant", "pregnancy", "miscarriage", "ivf", "fertility", "surgery", "hospital", "hospitalised", "hospitalized",
  "diagnosed", "diagnosis", "anxiety", "depression", "panic attacks", "ptsd", "adhd", "autism", "autistic", "dyslexia",
  "cancer", "chemo", "chemotherapy", "diabetes", "diabetic", "epilepsy", "asthma", "migraine", "migraines", "stroke",
  "heart attack", "fracture", "fractured", "injury", "injured", "sprained", "disability", "chronic", "illness", "sick leave",
  "signed off sick", "therapy", "therapist", "counselling", "medication", "antidepressants", "rehab", "mental health", "breakdown",
  "root canal", "physio", "physiotherapy", "long covid", "menopause", "endometriosis", "broke my", "broken leg", "broken arm",
  "broken wrist", "embarazada", "embarazo", "cirugía", "operación", "hospitalizado", "hospitalizada", "schwanger",
  "schwangerschaft", "krankenhaus", "krank", "enceinte", "grossesse", "hôpital", "maladie", "grávida", "gravidez", "cirurgia",
  "hospitalizada", "doença", "dementia", "alzheimer's", "alzheimers", "parkinson's", "arthritis", "heart condition", "multiple sclerosis",
  "hiv", "eating disorder", "ocd", "bipolar", "schizophrenia", "mental illness", "pneumonia", "sepsis", "seizure", "seizures", "concussion",
  "demencia", "depresión", "ansiedad", "demenz", "depression", "démence", "dépression", "demência", "depressão",
  "slipped disc", "herniated disc", "sciatica", "tendonitis", "repetitive strain", "bad back", "back injury", "sertraline",
  "fluoxetine", "citalopram", "insulin", "inhaler",
];

/** Dental work counts only where teeth are the subject: "crown" alone is too often something else. */
export const dentalTerms: Lexicon = ["crown", "filling", "implant", "extraction", "braces"];
export const dentalContext: Lexicon = ["dental", "dentist", "tooth", "teeth", "orthodontist"];

// prettier-ignore
export const specialCategoryTerms: Lexicon = [
  "muslim", "christian", "catholic", "protestant", "jewish", "hindu", "sikh", "buddhist", "atheist", "religion", "religious",
  "prayers", "mosque", "synagogue", "gurdwara", "ramadan", "eid", "diwali", "hanukkah", "sabbath", "shabbat", "hijab", "turban",
  "kippah", "gay", "lesbian", "bisexual", "queer", "transgender", "homosexual", "same-sex", "lgbt", "lgbtq", "non-binary",
  "asexual", "pansexual", "came out", "coming out", "musulmán", "musulmana", "judío", "judía", "musulman", "musulmane", "juif",
  "juive", "muslimisch", "jüdisch", "schwul", "lesbisch", "muçulmano", "muçulmana", "judeu", "gay", "lesbiana",
];

/** Words that start the person a health fact is about: "my son's surgery", "I'm pregnant". */
export const healthOwners: Lexicon = ["my", "i", "i'm", "i've", "i'd", "his", "her", "their", "our", "me", "mi", "mein", "meine", "ma", "mon", "minha", "meu"];
