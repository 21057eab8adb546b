import type { PostingLanguage } from "@/lib/jobs/analyze";

// Cover-letter wording per posting language. The templates state no facts of their own: every fact
// comes from the slots, which are filled from the CV (and the posting's title and company).

export type LetterTemplate = {
  greeting: (company: string | null) => string;
  opening: (title: string | null, company: string | null) => string;
  recentRole: (title: string, company: string | null) => string;
  achievements: string;
  skills: (skills: string) => string;
  motivation: (title: string | null) => string;
  character: string[];
  closing: (company: string | null) => string;
  signOff: string;
};

export const letterTemplates: Record<PostingLanguage, LetterTemplate> = {
  en: {
    greeting: (company) => (company ? `Dear ${company} hiring team,` : "Dear hiring team,"),
    opening: (title, company) =>
      `I am writing to apply for the ${title ? `${title} role` : "role you advertised"}${company ? ` at ${company}` : ""}. Having read the posting closely, I believe my experience is a strong match for what you need, and I would like to explain why.`,
    recentRole: (title, company) => `In my most recent role as ${title}${company ? ` at ${company}` : ""}, my work included the following.`,
    achievements: "Among the things I have done, these are the most relevant to your team:",
    skills: (skills) => `The skills this role asks for are ones I already use in my work: ${skills}.`,
    motivation: (title) =>
      `What draws me to this ${title ? `${title} ` : ""}position is the chance to do focused, useful work with a team that cares about quality, and to keep growing while I contribute from the first weeks.`,
    character: [
      "I care about doing careful, reliable work and about the people who depend on it.",
      "I learn quickly, ask for feedback early, and write down what I do so that others can build on it.",
      "I enjoy working closely with colleagues in other functions, and I share what I know generously.",
      "When something goes wrong, I look for the cause, fix it properly and make sure it does not happen again.",
      "I am motivated by clear goals and by seeing the difference that good work makes to the people it serves.",
      "I plan my work carefully, keep the people around me informed, and deliver what I promise when I promise it.",
      "I am comfortable with responsibility, and I ask for help early when a problem is bigger than it looked.",
      "I prefer simple, well-explained solutions to clever ones, because they are easier for everyone to maintain.",
      "I take feedback seriously and use it to get better, and I try to give feedback that is kind and specific.",
    ],
    closing: (company) =>
      `I would welcome the chance to discuss how I could contribute${company ? ` to ${company}` : ""}. Thank you for your time and consideration.`,
    signOff: "Sincerely,",
  },
  es: {
    greeting: (company) => (company ? `Estimado equipo de selección de ${company}:` : "Estimado equipo de selección:"),
    opening: (title, company) =>
      `Les escribo para presentar mi candidatura al puesto de ${title ?? "la vacante publicada"}${company ? ` en ${company}` : ""}. Tras leer la oferta con atención, creo que mi experiencia se ajusta bien a lo que buscan, y me gustaría explicar por qué.`,
    recentRole: (title, company) => `En mi puesto más reciente como ${title}${company ? ` en ${company}` : ""}, mi trabajo incluyó lo siguiente.`,
    achievements: "De lo que he hecho, esto es lo más relevante para su equipo:",
    skills: (skills) => `Las competencias que pide el puesto son algunas de las que ya uso en mi trabajo: ${skills}.`,
    motivation: (title) =>
      `Lo que me atrae de este puesto${title ? ` de ${title}` : ""} es la oportunidad de hacer un trabajo útil y concentrado con un equipo que cuida la calidad, y de seguir creciendo mientras aporto desde las primeras semanas.`,
    character: [
      "Me importa hacer un trabajo cuidadoso y fiable, y las personas que dependen de él.",
      "Aprendo rápido, pido opinión pronto y documento lo que hago para que otros puedan aprovecharlo.",
      "Disfruto trabajando con compañeros de otras áreas y comparto lo que sé con generosidad.",
      "Cuando algo falla, busco la causa, lo corrijo bien y me aseguro de que no vuelva a ocurrir.",
      "Me motivan los objetivos claros y ver la diferencia que un buen trabajo marca en las personas.",
      "Planifico mi trabajo con cuidado, mantengo informado a mi entorno y cumplo lo que prometo en el plazo acordado.",
      "Asumo responsabilidades con naturalidad y pido ayuda pronto cuando un problema resulta mayor de lo previsto.",
      "Prefiero soluciones sencillas y bien explicadas, porque son más fáciles de mantener para todos.",
      "Me tomo en serio las opiniones que recibo para mejorar, y procuro dar las mías de forma amable y concreta.",
    ],
    closing: (company) => `Me encantaría conversar sobre cómo podría contribuir${company ? ` a ${company}` : ""}. Gracias por su tiempo y consideración.`,
    signOff: "Atentamente,",
  },
  fr: {
    greeting: () => "Madame, Monsieur,",
    opening: (title, company) =>
      `Je vous écris pour présenter ma candidature au poste de ${title ?? "l’offre publiée"}${company ? ` chez ${company}` : ""}. Après avoir lu l’annonce avec attention, je pense que mon expérience correspond bien à vos besoins, et je souhaite vous expliquer pourquoi.`,
    recentRole: (title, company) =>
      `Dans mon poste le plus récent de ${title}${company ? ` chez ${company}` : ""}, mon travail comprenait notamment ce qui suit.`,
    achievements: "Parmi mes réalisations, voici les plus utiles pour votre équipe :",
    skills: (skills) => `Les compétences demandées pour ce poste font déjà partie de mon travail : ${skills}.`,
    motivation: (title) =>
      `Ce qui m’attire dans ce poste${title ? ` de ${title}` : ""}, c’est la possibilité de faire un travail utile et concentré avec une équipe attachée à la qualité, et de continuer à progresser tout en contribuant dès les premières semaines.`,
    character: [
      "Je tiens à un travail soigné et fiable, et aux personnes qui en dépendent.",
      "J’apprends vite, je demande des retours tôt et je documente ce que je fais pour que d’autres puissent s’en servir.",
      "J’aime travailler avec des collègues d’autres métiers et je partage volontiers ce que je sais.",
      "Quand quelque chose ne va pas, j’en cherche la cause, je le corrige durablement et je veille à ce que cela ne se reproduise pas.",
      "Des objectifs clairs et l’effet concret d’un travail bien fait me motivent.",
      "J’organise mon travail avec soin, je tiens mon entourage informé et je livre ce que je promets dans les délais.",
      "J’assume volontiers des responsabilités et je demande de l’aide tôt quand un problème s’avère plus grand que prévu.",
      "Je préfère les solutions simples et bien expliquées, plus faciles à maintenir pour tous.",
      "Je prends les retours au sérieux pour progresser, et je m’efforce d’en donner de bienveillants et précis.",
    ],
    closing: (company) =>
      `Je serais heureux d’échanger sur la façon dont je pourrais contribuer${company ? ` à ${company}` : ""}. Je vous remercie de votre attention.`,
    signOff: "Veuillez agréer mes salutations distinguées,",
  },
  de: {
    greeting: () => "Sehr geehrte Damen und Herren,",
    opening: (title, company) =>
      `hiermit bewerbe ich mich um die Stelle als ${title ?? "ausgeschriebene Position"}${company ? ` bei ${company}` : ""}. Nach sorgfältiger Lektüre der Ausschreibung bin ich überzeugt, dass meine Erfahrung gut zu Ihren Anforderungen passt, und möchte das kurz begründen.`,
    recentRole: (title, company) =>
      `In meiner letzten Position als ${title}${company ? ` bei ${company}` : ""} gehörte unter anderem Folgendes zu meiner Arbeit.`,
    achievements: "Von meinen Tätigkeiten sind diese für Ihr Team am wichtigsten:",
    skills: (skills) => `Die Kenntnisse, die diese Stelle verlangt, setze ich bereits in meiner Arbeit ein: ${skills}.`,
    motivation: (title) =>
      `An dieser Stelle${title ? ` als ${title}` : ""} reizt mich die Möglichkeit, mit einem qualitätsbewussten Team konzentriert und sinnvoll zu arbeiten und mich weiterzuentwickeln, während ich von Anfang an einen Beitrag leiste.`,
    character: [
      "Mir liegt an sorgfältiger, verlässlicher Arbeit und an den Menschen, die sich darauf verlassen.",
      "Ich lerne schnell, hole früh Rückmeldung ein und dokumentiere meine Arbeit, damit andere darauf aufbauen können.",
      "Ich arbeite gern eng mit Kolleginnen und Kollegen aus anderen Bereichen zusammen und teile mein Wissen.",
      "Wenn etwas schiefgeht, suche ich die Ursache, behebe sie gründlich und sorge dafür, dass es nicht wieder passiert.",
      "Klare Ziele und die Wirkung guter Arbeit motivieren mich.",
      "Ich plane meine Arbeit sorgfältig, halte mein Umfeld auf dem Laufenden und liefere, was ich zusage, pünktlich.",
      "Ich übernehme gern Verantwortung und hole mir früh Hilfe, wenn ein Problem größer ist als gedacht.",
      "Ich bevorzuge einfache, gut erklärte Lösungen, weil sie für alle leichter zu pflegen sind.",
      "Rückmeldungen nehme ich ernst, um besser zu werden, und gebe selbst freundliches, konkretes Feedback.",
    ],
    closing: (company) =>
      `Über die Gelegenheit, mit Ihnen über meinen möglichen Beitrag${company ? ` bei ${company}` : ""} zu sprechen, freue ich mich. Vielen Dank für Ihre Zeit.`,
    signOff: "Mit freundlichen Grüßen",
  },
  pt: {
    greeting: (company) => (company ? `Prezada equipe de recrutamento da ${company},` : "Prezada equipe de recrutamento,"),
    opening: (title, company) =>
      `Escrevo para me candidatar à vaga de ${title ?? "a vaga anunciada"}${company ? ` na ${company}` : ""}. Depois de ler o anúncio com atenção, acredito que minha experiência corresponde bem ao que vocês procuram, e gostaria de explicar o porquê.`,
    recentRole: (title, company) => `No meu cargo mais recente como ${title}${company ? ` na ${company}` : ""}, meu trabalho incluiu o seguinte.`,
    achievements: "Do que já fiz, isto é o mais relevante para a sua equipe:",
    skills: (skills) => `As competências que a vaga pede já fazem parte do meu trabalho: ${skills}.`,
    motivation: (title) =>
      `O que me atrai nesta vaga${title ? ` de ${title}` : ""} é a oportunidade de fazer um trabalho útil e focado com uma equipe que valoriza a qualidade, e de continuar crescendo enquanto contribuo desde as primeiras semanas.`,
    character: [
      "Valorizo um trabalho cuidadoso e confiável, e as pessoas que dependem dele.",
      "Aprendo rápido, peço retorno cedo e documento o que faço para que outros possam aproveitar.",
      "Gosto de trabalhar com colegas de outras áreas e compartilho o que sei com generosidade.",
      "Quando algo dá errado, procuro a causa, corrijo direito e garanto que não se repita.",
      "Objetivos claros e o efeito de um bom trabalho nas pessoas me motivam.",
      "Planejo meu trabalho com cuidado, mantenho as pessoas informadas e entrego o que prometo no prazo.",
      "Assumo responsabilidades com naturalidade e peço ajuda cedo quando um problema se mostra maior do que parecia.",
      "Prefiro soluções simples e bem explicadas, porque são mais fáceis de manter para todos.",
      "Levo a sério o retorno que recebo para melhorar, e procuro dar o meu de forma gentil e concreta.",
    ],
    closing: (company) => `Teria prazer em conversar sobre como posso contribuir${company ? ` com a ${company}` : ""}. Obrigado pelo seu tempo e atenção.`,
    signOff: "Atenciosamente,",
  },
};
