// The exit-interview protocol as data: the areas an interview covers, in the order they are asked,
// each with its main questions and the two follow-ups an interviewer may use once per question. Code
// (flow.ts) decides which of these comes next; a model may only reword a follow-up.

export const interviewLanguages = ["en", "es", "fr", "de", "pt"] as const;
export type InterviewLanguage = (typeof interviewLanguages)[number];
export type Localised = Readonly<Record<InterviewLanguage, string>>;

export const areaIds = ["reasons", "role", "manager", "team", "growth", "pay_benefits", "culture_workload", "change_decision", "rehire_recommend"] as const;
export type AreaId = (typeof areaIds)[number];

/** Why a follow-up is asked: the answer left out what happened, or it carried strong feeling. */
export type FollowUpReason = "vague" | "emotional";

export type ProtocolQuestion = {
  key: string;
  area: AreaId;
  /** The English wording is also what the offline analysis reads to know what was asked. */
  text: Localised;
  followUps: Readonly<Record<FollowUpReason, Localised>>;
};

const reasons: ProtocolQuestion = {
  key: "reason",
  area: "reasons",
  text: {
    en: "What is the main reason you decided to leave?",
    es: "¿Cuál es el motivo principal por el que decidiste irte?",
    fr: "Quelle est la raison principale de votre départ ?",
    de: "Was ist der Hauptgrund für Ihre Entscheidung zu gehen?",
    pt: "Qual é o principal motivo da sua decisão de sair?",
  },
  followUps: {
    vague: {
      en: "Could you tell me a little more? What happened that made it the deciding factor?",
      es: "¿Podrías contarme un poco más? ¿Qué pasó para que fuera el factor decisivo?",
      fr: "Pourriez-vous m'en dire un peu plus ? Qu'est-ce qui en a fait le facteur décisif ?",
      de: "Können Sie etwas mehr dazu sagen? Was ist passiert, dass es den Ausschlag gab?",
      pt: "Pode me contar um pouco mais? O que aconteceu para que isso fosse decisivo?",
    },
    emotional: {
      en: "That sounds like it was hard. If you are comfortable sharing, what would have helped most at the time?",
      es: "Parece que fue difícil. Si te sientes cómodo compartiéndolo, ¿qué te habría ayudado más en ese momento?",
      fr: "Cela semble avoir été difficile. Si vous êtes à l'aise pour en parler, qu'est-ce qui vous aurait le plus aidé à ce moment-là ?",
      de: "Das klingt, als sei es schwer gewesen. Wenn Sie mögen: Was hätte Ihnen damals am meisten geholfen?",
      pt: "Parece que foi difícil. Se se sentir à vontade, o que mais teria ajudado naquele momento?",
    },
  },
};

const role: ProtocolQuestion = {
  key: "role",
  area: "role",
  text: {
    en: "How well did your role match what you were hired to do and what you like doing?",
    es: "¿En qué medida tu puesto se correspondía con lo que te contrataron para hacer y con lo que te gusta hacer?",
    fr: "Dans quelle mesure votre poste correspondait-il à ce pour quoi vous aviez été recruté et à ce que vous aimez faire ?",
    de: "Wie gut passte Ihre Stelle zu dem, wofür Sie eingestellt wurden, und zu dem, was Sie gern tun?",
    pt: "Até que ponto a sua função correspondia ao que você foi contratado para fazer e ao que gosta de fazer?",
  },
  followUps: {
    vague: {
      en: "Can you give an example of a part of the job that suited you, or one that did not?",
      es: "¿Puedes darme un ejemplo de una parte del trabajo que encajaba contigo, o de una que no?",
      fr: "Pouvez-vous donner un exemple d'une partie du travail qui vous convenait, ou d'une qui ne vous convenait pas ?",
      de: "Können Sie ein Beispiel nennen für einen Teil der Arbeit, der zu Ihnen passte, oder einen, der nicht passte?",
      pt: "Pode dar um exemplo de uma parte do trabalho que combinava com você, ou de uma que não combinava?",
    },
    emotional: {
      en: "I am sorry it felt that way. Which part of the role weighed on you most?",
      es: "Siento que lo vivieras así. ¿Qué parte del puesto te pesó más?",
      fr: "Je suis désolé que vous l'ayez vécu ainsi. Quelle partie du poste vous a le plus pesé ?",
      de: "Es tut mir leid, dass es sich so angefühlt hat. Welcher Teil der Stelle hat Sie am meisten belastet?",
      pt: "Lamento que tenha sido assim. Que parte da função mais pesou para você?",
    },
  },
};

const manager: ProtocolQuestion = {
  key: "manager",
  area: "manager",
  text: {
    en: "How would you describe working with your manager?",
    es: "¿Cómo describirías el trabajo con tu responsable directo?",
    fr: "Comment décririez-vous votre collaboration avec votre manager ?",
    de: "Wie würden Sie die Zusammenarbeit mit Ihrer Führungskraft beschreiben?",
    pt: "Como você descreveria o trabalho com a sua chefia direta?",
  },
  followUps: {
    vague: {
      en: "What is one thing your manager did that helped you, or one thing that made your work harder?",
      es: "¿Qué es algo que hiciera tu responsable que te ayudara, o algo que te complicara el trabajo?",
      fr: "Qu'est-ce que votre manager a fait qui vous a aidé, ou qui a rendu votre travail plus difficile ?",
      de: "Was hat Ihre Führungskraft getan, das Ihnen geholfen hat, oder das Ihnen die Arbeit erschwert hat?",
      pt: "O que a sua chefia fez que ajudou você, ou que dificultou o seu trabalho?",
    },
    emotional: {
      en: "Thank you for being open about it. What would you have needed from your manager instead?",
      es: "Gracias por contarlo con franqueza. ¿Qué habrías necesitado de tu responsable?",
      fr: "Merci de le dire aussi franchement. De quoi auriez-vous eu besoin de la part de votre manager ?",
      de: "Danke, dass Sie das so offen sagen. Was hätten Sie stattdessen von Ihrer Führungskraft gebraucht?",
      pt: "Obrigado por falar com franqueza. Do que você teria precisado da sua chefia?",
    },
  },
};

const team: ProtocolQuestion = {
  key: "team",
  area: "team",
  text: {
    en: "What was it like working with your team and colleagues?",
    es: "¿Cómo fue trabajar con tu equipo y tus compañeros?",
    fr: "Comment s'est passé le travail avec votre équipe et vos collègues ?",
    de: "Wie war die Zusammenarbeit mit Ihrem Team und Ihren Kolleginnen und Kollegen?",
    pt: "Como foi trabalhar com a sua equipe e os seus colegas?",
  },
  followUps: {
    vague: {
      en: "Could you describe a moment that shows what working with the team was like?",
      es: "¿Podrías describir algún momento que muestre cómo era trabajar con el equipo?",
      fr: "Pourriez-vous décrire un moment qui montre comment se passait le travail en équipe ?",
      de: "Können Sie einen Moment schildern, der zeigt, wie die Zusammenarbeit im Team war?",
      pt: "Pode descrever um momento que mostre como era trabalhar com a equipe?",
    },
    emotional: {
      en: "That sounds difficult. What would have made working with the team better?",
      es: "Eso suena difícil. ¿Qué habría mejorado el trabajo con el equipo?",
      fr: "Cela semble difficile. Qu'est-ce qui aurait amélioré le travail avec l'équipe ?",
      de: "Das klingt schwierig. Was hätte die Zusammenarbeit im Team verbessert?",
      pt: "Isso parece difícil. O que teria melhorado o trabalho com a equipe?",
    },
  },
};

const growth: ProtocolQuestion = {
  key: "growth",
  area: "growth",
  text: {
    en: "Did you have the chances to learn, grow and progress that you hoped for?",
    es: "¿Tuviste las oportunidades de aprender, crecer y progresar que esperabas?",
    fr: "Avez-vous eu les possibilités d'apprendre, de vous développer et d'évoluer que vous espériez ?",
    de: "Hatten Sie die Möglichkeiten zu lernen, sich zu entwickeln und voranzukommen, die Sie sich erhofft hatten?",
    pt: "Você teve as oportunidades de aprender, crescer e progredir que esperava?",
  },
  followUps: {
    vague: {
      en: "What kind of development or next step were you hoping for, and what got in the way?",
      es: "¿Qué tipo de desarrollo o siguiente paso esperabas, y qué lo impidió?",
      fr: "Quel type de développement ou d'étape suivante espériez-vous, et qu'est-ce qui l'a empêché ?",
      de: "Welche Entwicklung oder welchen nächsten Schritt hatten Sie sich erhofft, und was stand im Weg?",
      pt: "Que tipo de desenvolvimento ou próximo passo você esperava, e o que atrapalhou?",
    },
    emotional: {
      en: "I understand that was frustrating. What would a fair path forward have looked like for you?",
      es: "Entiendo que fue frustrante. ¿Cómo habría sido para ti un camino de progreso justo?",
      fr: "Je comprends que c'était frustrant. À quoi aurait ressemblé pour vous une évolution juste ?",
      de: "Ich verstehe, dass das frustrierend war. Wie hätte für Sie ein fairer Weg nach vorn ausgesehen?",
      pt: "Entendo que foi frustrante. Como seria para você um caminho de progressão justo?",
    },
  },
};

const pay: ProtocolQuestion = {
  key: "pay",
  area: "pay_benefits",
  text: {
    en: "How did you feel about your pay and benefits?",
    es: "¿Qué te parecían tu salario y tus beneficios?",
    fr: "Que pensiez-vous de votre rémunération et de vos avantages ?",
    de: "Wie zufrieden waren Sie mit Ihrem Gehalt und Ihren Zusatzleistungen?",
    pt: "O que você achava do seu salário e dos seus benefícios?",
  },
  followUps: {
    vague: {
      en: "Is there a part of your pay or benefits that stood out to you, good or bad?",
      es: "¿Hay algo de tu salario o tus beneficios que te llamara la atención, para bien o para mal?",
      fr: "Y a-t-il un élément de votre rémunération ou de vos avantages qui vous a marqué, en bien ou en mal ?",
      de: "Gibt es etwas an Gehalt oder Zusatzleistungen, das Ihnen besonders aufgefallen ist, ob gut oder schlecht?",
      pt: "Há alguma parte do seu salário ou dos seus benefícios que se destacou, para o bem ou para o mal?",
    },
    emotional: {
      en: "Thank you for saying so. What would have felt fair to you?",
      es: "Gracias por decirlo. ¿Qué te habría parecido justo?",
      fr: "Merci de le dire. Qu'est-ce qui vous aurait semblé juste ?",
      de: "Danke, dass Sie das sagen. Was hätten Sie als fair empfunden?",
      pt: "Obrigado por dizer isso. O que teria parecido justo para você?",
    },
  },
};

const culture: ProtocolQuestion = {
  key: "culture",
  area: "culture_workload",
  text: {
    en: "How would you describe the culture here and the way people were treated?",
    es: "¿Cómo describirías la cultura de la empresa y la forma en que se trataba a las personas?",
    fr: "Comment décririez-vous la culture de l'entreprise et la façon dont les gens étaient traités ?",
    de: "Wie würden Sie die Unternehmenskultur beschreiben und den Umgang miteinander?",
    pt: "Como você descreveria a cultura da empresa e a forma como as pessoas eram tratadas?",
  },
  followUps: {
    vague: {
      en: "Can you share an example that shows what the culture felt like day to day?",
      es: "¿Puedes compartir un ejemplo de cómo se vivía la cultura en el día a día?",
      fr: "Pouvez-vous donner un exemple de ce qu'était la culture au quotidien ?",
      de: "Können Sie ein Beispiel nennen, wie sich die Kultur im Alltag angefühlt hat?",
      pt: "Pode dar um exemplo de como era a cultura no dia a dia?",
    },
    emotional: {
      en: "I am sorry you experienced that. If you are comfortable sharing, what happened, and what should change?",
      es: "Siento que vivieras eso. Si te sientes cómodo, ¿qué pasó y qué debería cambiar?",
      fr: "Je suis désolé que vous ayez vécu cela. Si vous le souhaitez, que s'est-il passé et que faudrait-il changer ?",
      de: "Es tut mir leid, dass Sie das erlebt haben. Wenn Sie mögen: Was ist passiert, und was sollte sich ändern?",
      pt: "Lamento que você tenha passado por isso. Se se sentir à vontade, o que aconteceu e o que deveria mudar?",
    },
  },
};

const workload: ProtocolQuestion = {
  key: "workload",
  area: "culture_workload",
  text: {
    en: "How manageable was your workload, and the balance between work and the rest of your life?",
    es: "¿Era manejable tu carga de trabajo, y el equilibrio entre el trabajo y el resto de tu vida?",
    fr: "Votre charge de travail était-elle gérable, et l'équilibre entre le travail et le reste de votre vie ?",
    de: "Wie gut war Ihr Arbeitspensum zu bewältigen, und wie stand es um die Balance zwischen Arbeit und Privatleben?",
    pt: "A sua carga de trabalho era administrável, e o equilíbrio entre o trabalho e o resto da sua vida?",
  },
  followUps: {
    vague: {
      en: "What did a typical busy week look like for you?",
      es: "¿Cómo era para ti una semana de mucho trabajo?",
      fr: "À quoi ressemblait pour vous une semaine chargée ?",
      de: "Wie sah bei Ihnen eine typische volle Woche aus?",
      pt: "Como era para você uma semana típica de muito trabalho?",
    },
    emotional: {
      en: "That sounds exhausting. What would have made the workload sustainable?",
      es: "Eso suena agotador. ¿Qué habría hecho sostenible la carga de trabajo?",
      fr: "Cela semble épuisant. Qu'est-ce qui aurait rendu la charge de travail tenable ?",
      de: "Das klingt erschöpfend. Was hätte das Arbeitspensum auf Dauer tragbar gemacht?",
      pt: "Isso parece exaustivo. O que teria tornado a carga de trabalho sustentável?",
    },
  },
};

const stay: ProtocolQuestion = {
  key: "stay",
  area: "change_decision",
  text: {
    en: "What, if anything, would have made you stay?",
    es: "¿Qué te habría hecho quedarte, si es que hay algo?",
    fr: "Qu'est-ce qui vous aurait retenu, s'il y avait quelque chose ?",
    de: "Was hätte Sie gehalten, wenn überhaupt etwas?",
    pt: "O que teria feito você ficar, se é que havia algo?",
  },
  followUps: {
    vague: {
      en: "Was there one specific change that would have made the biggest difference?",
      es: "¿Había algún cambio concreto que habría marcado la mayor diferencia?",
      fr: "Y avait-il un changement précis qui aurait fait la plus grande différence ?",
      de: "Gab es eine bestimmte Änderung, die den größten Unterschied gemacht hätte?",
      pt: "Havia alguma mudança específica que teria feito a maior diferença?",
    },
    emotional: {
      en: "I hear that this mattered a lot. What is the one thing you wish had been done differently?",
      es: "Entiendo que esto te importaba mucho. ¿Qué es lo que más te habría gustado que se hiciera de otra manera?",
      fr: "J'entends que cela comptait beaucoup. Quelle est la chose que vous auriez aimé voir faite autrement ?",
      de: "Ich höre, dass Ihnen das viel bedeutet hat. Was hätten Sie sich vor allem anders gewünscht?",
      pt: "Percebo que isso importava muito. O que você mais gostaria que tivesse sido feito de outra forma?",
    },
  },
};

const recommend: ProtocolQuestion = {
  key: "recommend",
  area: "rehire_recommend",
  text: {
    en: "Would you recommend this company to a friend as a place to work? Why or why not?",
    es: "¿Recomendarías esta empresa a un amigo como lugar de trabajo? ¿Por qué?",
    fr: "Recommanderiez-vous cette entreprise à un ami comme lieu de travail ? Pourquoi ?",
    de: "Würden Sie das Unternehmen einem Freund als Arbeitgeber empfehlen? Warum, oder warum nicht?",
    pt: "Você recomendaria esta empresa a um amigo como lugar para trabalhar? Por quê?",
  },
  followUps: {
    vague: {
      en: "What would you tell a friend who was thinking about applying here?",
      es: "¿Qué le dirías a un amigo que estuviera pensando en presentarse aquí?",
      fr: "Que diriez-vous à un ami qui envisage de postuler ici ?",
      de: "Was würden Sie einem Freund sagen, der überlegt, sich hier zu bewerben?",
      pt: "O que você diria a um amigo que estivesse pensando em se candidatar aqui?",
    },
    emotional: {
      en: "Thank you for your honesty. What would need to change before you could recommend it?",
      es: "Gracias por tu sinceridad. ¿Qué tendría que cambiar para que pudieras recomendarla?",
      fr: "Merci pour votre franchise. Que faudrait-il changer pour que vous puissiez la recommander ?",
      de: "Danke für Ihre Offenheit. Was müsste sich ändern, damit Sie es empfehlen könnten?",
      pt: "Obrigado pela sinceridade. O que precisaria mudar para que você pudesse recomendá-la?",
    },
  },
};

const comeBack: ProtocolQuestion = {
  key: "come_back",
  area: "rehire_recommend",
  text: {
    en: "Would you consider coming back to work here one day?",
    es: "¿Volverías a trabajar aquí algún día?",
    fr: "Reviendriez-vous travailler ici un jour ?",
    de: "Würden Sie eines Tages zurückkommen und wieder hier arbeiten?",
    pt: "Você voltaria a trabalhar aqui algum dia?",
  },
  followUps: {
    vague: {
      en: "What would make coming back an option for you?",
      es: "¿Qué haría que volver fuera una opción para ti?",
      fr: "Qu'est-ce qui ferait d'un retour une option pour vous ?",
      de: "Was würde eine Rückkehr für Sie zu einer Option machen?",
      pt: "O que faria de um regresso uma opção para você?",
    },
    emotional: {
      en: "Understood. What would need to be different for that to change?",
      es: "Entendido. ¿Qué tendría que ser distinto para que eso cambiara?",
      fr: "Je comprends. Que faudrait-il de différent pour que cela change ?",
      de: "Verstanden. Was müsste anders sein, damit sich das ändert?",
      pt: "Entendido. O que precisaria ser diferente para isso mudar?",
    },
  },
};

/** The main questions in the order they are asked; the areas follow the order of `areaIds`. */
export const protocolQuestions: readonly ProtocolQuestion[] = [reasons, role, manager, team, growth, pay, culture, workload, stay, recommend, comeBack];

export function protocolQuestion(key: string): ProtocolQuestion | undefined {
  return protocolQuestions.find((question) => question.key === key);
}
