import type { Lexicon } from "@/lib/exit/analysis/lexicon";
import type { ThemeId } from "@/lib/exit/analysis/theme-ids";

// General HR vocabulary per theme, in English with the basics in Spanish, German, French and
// Portuguese. `unless` lists longer phrases in which a term means something else ("team" in "team
// lead" is about the manager); a term counts in a sentence that holds none of them.

export type ThemeLexicon = { terms: Lexicon; unless?: Lexicon };

// prettier-ignore
export const themeLexicon: Record<ThemeId, ThemeLexicon> = {
  compensation: {
    terms: [
      "pay", "paid less", "paid well", "paid more", "underpaid", "salary", "salaries", "wage", "wages", "a raise", "one raise", "no raise", "raises", "pay rise",
      "bonus", "bonuses", "money", "payslip", "payslips", "payroll", "expense claim", "expenses", "compensation", "market rate",
      "below market", "counter-offer", "counter offer", "salary bands", "cost of living", "more money", "package", "better package",
      "one salary", "wages", "overtime pay", "allowance", "sueldo", "salario", "paga", "cobrando", "cobrar", "pagaban",
      "pagaba", "plus por", "gehalt", "lohn", "bezahlung", "erhöhung", "gehaltserhöhung", "salaire", "rémunération", "payé",
      "augmentation", "payées", "payés", "payée", "salário", "remuneração", "aumento", "pagamento",
    ],
    unless: ["paid for my", "paid for two", "paid for the", "final payslip"],
  },
  benefits: {
    terms: [
      "pension", "health plan", "health insurance", "dental", "medical cover", "healthcare", "benefits", "perks", "canteen", "gym",
      "free coffee", "coffee", "four-day week", "four day week", "parental leave", "maternity leave", "paternity leave",
      "holiday allowance", "annual leave", "company car", "cycle to work", "share scheme", "vouchers", "beneficios", "prestaciones",
      "seguro médico", "zusatzleistungen", "sozialleistungen", "betriebsrente", "avantages", "mutuelle", "benefícios", "plano de saúde",
    ],
  },
  career_growth: {
    terms: [
      "promotion", "promoted", "promote", "progression", "progress", "career", "development", "training", "courses", "course",
      "certification", "learn", "learned", "learning", "learnt", "grow", "growth", "mentor", "mentoring", "mentorship",
      "path", "next step", "plateaued", "stagnated", "team lead position", "room to grow", "move up", "next level", "staff engineer",
      "senior to", "intern to", "evolución", "ascenso", "formación", "carrera", "promoción", "crecer", "beförderung",
      "weiterbildung", "karriere", "entwicklung", "aufstieg", "évolution", "formation", "carrière", "perspective", "perspectives",
      "progressão", "promoção", "carreira", "crescimento", "treinamento",
    ],
  },
  manager: {
    terms: [
      "manager", "managers", "my manager", "line manager", "supervisor", "team lead", "team leader", "boss", "one-to-ones",
      "one-to-one", "1:1s", "1:1", "micromanaged", "micromanage", "micromanaging", "management", "running the team", "managed",
      "jefe", "jefa", "responsable", "encargado", "encargada", "supervisora", "chef", "chefin", "vorgesetzte", "vorgesetzter",
      "teamleiter", "teamleiterin", "führungskraft", "chefe", "gestor", "gestora", "gerente", "vorgesetzten",
    ],
    unless: ["senior management", "top management", "every new manager", "general manager"],
  },
  leadership: {
    terms: [
      "leadership", "senior leadership", "senior management", "executives", "exec team", "execs", "ceo", "cto", "vp", "director",
      "directors", "the board", "from above", "up there", "at the top", "strategy", "strategies", "founders",
      "management", "all-hands", "c-suite", "merger", "reorganisations", "reorganizations", "dirección",
      "directivos", "de arriba", "desde arriba", "geschäftsführung", "führung", "leitung", "von oben", "direção", "diretoria",
      "liderança",
    ],
    unless: ["management stuff to", "the company paid", "the company had", "nothing to do with the company", "same company", "the company stuck"],
  },
  team: {
    terms: [
      "team", "teammates", "colleagues", "colleague", "coworkers", "co-workers", "peers", "the people", "people i worked with",
      "squads", "bunch", "crew", "lads", "collaboration", "colaboración", "zusammenarbeit", "entraide", "s'entraidait", "ayudábamos", "nos ayudábamos", "ajudávamos", "night shift", "covered for each other", "each other", "compañeros", "compañeras",
      "compañerismo", "equipo", "kollegen", "kolleginnen", "kollegium", "team", "collègues", "équipe", "colegas", "equipe",
      "colaboração",
    ],
    unless: ["team chat", "team lead", "team leader", "running the team", "meet the team", "the team put together", "cross-team", "team lead position", "i was the team"],
  },
  workload: {
    terms: [
      "workload", "work load", "too much work", "relentless", "no cover", "when we were short", "on my own", "overworked", "busy", "swamped", "understaffed", "short-staffed", "short-handed",
      "people short", "backfill", "backfilled", "targets", "deadlines", "pace", "intense", "two jobs", "on-call", "on call",
      "stretched", "expectations", "burnout", "burn out", "burned out", "burnt out", "vacancies", "covering for", "never got filled", "unfilled", "too many", "tickets", "none were replaced", "hiring plan",
      "shift allocation", "manageable", "month-end", "carga de trabajo", "demasiado trabajo", "arbeitsbelastung", "viel zu viel",
      "überstunden", "zusätzlich", "charge de travail", "surcharge", "carga de trabalho", "sobrecarga",
    ],
    unless: ["ticket open"],
  },
  work_life_balance: {
    terms: [
      "work-life balance", "work life balance", "personal life", "weekends", "every weekend", "weekend", "evenings", "at night",
      "late nights", "nights", "pm", "until 8", "until 9", "shift patterns", "shift pattern", "shifts", "rota changes", "childcare",
      "pick my son", "pick my daughter", "pick up my", "burnout", "burn out", "burned out", "burnt out", "midnight", "long hours",
      "better hours", "the hours", "my hours", "tired", "holidays", "four-day week",
      "four day week", "family time", "home life", "school run", "fin de semana", "guardias", "horarios", "turnos", "turno", "conciliación",
      "wochenende", "überstunden", "schichten", "work-life-balance", "week-end", "horaires", "vie personnelle", "fim de semana",
      "horários", "niños", "hijos", "kinder", "enfants", "filhos",
    ],
  },
  culture: {
    terms: [
      "culture", "values", "atmosphere", "environment", "toxic", "politics", "cliquey", "clique", "inclusive", "inclusion",
      "respect", "respectful", "how people are treated", "open door", "family kind of place", "we're a family", "egos", "gossip",
      "blame culture", "morale", "communication", "comunicación", "kommunikation", "comunicação", "backstabbing", "political", "kind people", "cared about", "nobody asked", "stuck with me", "treated",
      "ambiente", "cultura", "compañerismo", "betriebsklima", "kultur", "stimmung", "ambiance", "tóxico", "fofoca",
    ],
    unless: ["shift allocation"],
  },
  recognition: {
    terms: [
      "recognised", "recognized", "recognition", "credit", "credited", "thanked", "thank you", "valued", "spot award", "award",
      "mentioned my work", "unnoticed", "unappreciated", "taken for granted", "promoted over me", "presented my", "reconocimiento",
      "reconocido", "anerkennung", "wertschätzung", "reconnaissance", "reconhecimento", "valorizado",
    ],
    unless: ["thank you for asking"],
  },
  role_fit: {
    terms: [
      "the work itself", "work itself", "job itself", "my role", "hired as", "hired for", "interesting", "fun", "boring", "bored",
      "like the job", "liked the job", "love the job", "loved the job", "turned out to be", "not what i signed up", "80% admin",
      "el trabajo en sí", "die arbeit selbst", "le travail lui-même", "o trabalho em si", "interesante", "interessant",
      "intéressant", "interessante",
      "enjoying it", "enjoying the work", "enjoy the work", "not for me", "wasn't for me", "suited me", "my skills", "use my skills",
      "what i trained for", "what i'm good at",
    ],
  },
  onboarding: {
    terms: [
      "onboarding", "induction", "first day", "first week", "first weeks", "first days", "first 30 days", "buddy", "when i joined",
      "shadowing", "nobody knew i was starting", "incorporación", "acogida", "einarbeitung", "intégration", "premier jour", "integração",
    ],
  },
  tools_process: {
    terms: [
      "tools", "tool", "systems", "system", "equipment", "laptop", "laptops", "vpn", "software", "licences", "licenses", "jira",
      "slack", "excel", "confluence", "monitor", "keyboard", "approvals", "approval", "bureaucracy", "red tape", "paperwork", "form", "forms", "sign-off", "sign-offs", "login",
      "process", "processes", "meetings", "payroll", "expense claim", "the app", "ladder", "ladders", "gloves", "vans", "vehicles",
      "machinery", "facilities", "heating", "air con", "air conditioning", "rota", "it had a ticket", "ticket open", "herramientas", "sistemas", "procesos", "planificación", "burocracia",
      "werkzeuge", "prozesse", "bürokratie", "systeme", "outils", "processus", "validation", "ferramentas", "processos",
    ],
    unless: ["rota changes"],
  },
  remote_flexibility: {
    terms: [
      "remote", "remotely", "hybrid", "work from home", "working from home", "from home", "wfh", "home working", "return to office",
      "return-to-office", "rto", "office mandate", "in the office", "flexible working", "flexible hours", "flexibility", "part-time",
      "part time", "compressed hours", "remote-first", "fully remote", "teletrabajo", "remoto", "desde casa", "híbrido", "homeoffice", "mobiles arbeiten",
      "télétravail", "à distance", "hybride", "trabalho remoto", "home office",
    ],
  },
  relocation_personal: {
    terms: [
      "moving to", "move to", "relocation", "relocate", "relocating", "wife", "husband", "partner", "personal", "personal reasons",
      "family", "family reasons", "retire", "retiring", "retirement", "back to school", "study", "studies", "university", "degree", "look after", "looking after",
      "caring for", "carer", "bought the house", "emigrate", "emigrating", "sabbatical", "travelling", "pareja", "mudamos",
      "mudanza", "jubilación", "estudiar", "umzug", "umziehen", "rente", "ruhestand", "déménage", "déménagement", "conjoint",
      "retraite", "études", "mudança", "aposentadoria", "estudar", "me mudar", "mudar para", "vamos mudar", "me mudo", "mudarme", "déménager", "ziehe um", "ziehen um",
    ],
    unless: ["a family", "real family", "like family", "like a family", "nothing personal", "nada pessoal", "nada personal", "rien de personnel", "personal life", "personal number", "personal email", "personal data"],
  },
  better_offer: {
    terms: [
      "offer", "offered", "another company", "new employer", "competitor", "new place", "better pay", "approached me", "somewhere else", "elsewhere", "another job", "recruiter", "headhunted",
      "staff title", "counter-offer", "counter offer", "company that give", "new company", "new job", "oferta", "otra empresa",
      "propuesta", "angebot", "andere firma", "offre", "proposition", "proposta",
    ],
  },
  job_security: {
    terms: [
      "redundant", "redundancy", "made redundant", "layoffs", "laid off", "lay-offs", "restructuring", "fixed-term", "fixed term", "permanent contract", "renewals", "rolling contracts", "temporary",
      "contract ends", "contract ending", "contract is ending", "contract was not renewed", "not renewed", "wasn't extended", "not extended", "no more cuts", "cuts", "site closure",
      "job security", "restructure", "restructures", "temporary contract", "end of contract", "despido", "despidos", "contrato temporal", "entlassungen", "befristet",
      "licenciement", "cdd", "plan social", "demissões", "contrato temporário",
      "let go", "were let go", "sacked", "got the sack", "job cuts", "headcount cuts", "closing down", "shut down", "don't come in",
      "despidieron", "licenciés", "demitidos", "gekündigt",
    ],
  },
  harassment_discrimination: {
    terms: [
      "harassed", "harassment", "bullied", "bullying", "bully", "discrimination", "discriminated", "racist", "racism", "sexist",
      "sexism", "homophobic", "comments about my", "touching", "inappropriate", "talked over", "ageism", "older staff", "my age",
      "retaliation", "made jokes", "jokes about", "a lot of comments", "comments that", "as a woman", "one of two women", "because i'm a woman", "commenting on my", "acoso", "discriminación", "belästigung", "mobbing",
      "diskriminierung", "harcèlement", "assédio", "discriminação",
      "shouted at", "screamed at", "yelled at", "humiliated", "belittled", "shouting", "screaming", "yelling", "gritaba", "gritos",
      "schrie", "angeschrien", "criait", "hurlait", "gritava",
    ],
  },
  health_safety: {
    terms: [
      "safety", "unsafe", "hazard", "dangerous", "danger", "accident", "incident", "injury", "injured", "hurt", "forklift",
      "guard rail", "ladder", "ladders", "going to fall", "get hurt", "gloves", "ppe", "protective", "degrees", "fainted", "hydrate", "near miss", "lawsuit", "tyres",
      "occupational health", "feel safe", "safe at work", "lighting", "poorly lit", "walk alone", "seguridad", "accidente", "peligroso", "sicherheit", "unfall", "gefährlich", "sécurité", "dangereux",
      "segurança", "acidente", "perigoso",
      "hoist", "manual handling", "banksman", "reversing alarm", "fire exit", "fire door", "trip hazard", "wet floor", "scaffold",
      "scaffolding", "hard hat", "harness", "back injury", "assault", "assaulted", "grabbed", "attacked", "threatened", "violent",
      "violence", "abusive customer", "abusive customers", "cut corners",
    ],
  },
  commute: {
    terms: [
      "commute", "commuting", "distance", "miles", "each way", "travel time", "bus", "train", "trains", "parking", "car park",
      "traffic", "shorter drive", "the drive", "closer to home", "nearer home", "near home", "business park", "fuel", "petrol", "journey", "desplazamiento", "trayecto", "pendeln", "anfahrt", "fahrtweg",
      "trajet", "deslocamento", "trânsito",
    ],
  },
  other: {
    terms: [
      "visa", "sponsorship", "sponsor", "p45", "p60", "reference letter", "my photo", "intranet", "new address", "reach me",
      "call me", "contact me", "email me", "ring me", "forward my", "post my", "send me", "handover", "delete my", "send my", "email it", "send it", "a copy of my", "contact number", "employee number", "my mobile", "my address", "old address", "update my", "bank details", "account number", "sort code", "my own business", "visado", "visum",
    ],
  },
};
