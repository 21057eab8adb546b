import type { LinkRefusal } from "@/lib/db/queries/exit-interviews";
import type { InterviewLanguage } from "@/lib/exit/interview/protocol";

// Everything the employee reads on their interview page, in the interview's language. `{total}`,
// `{days}` and `{n}` are filled in by `fill`.

type ClosedPage = { title: string; body: string };

export type UiText = {
  title: string;
  intro: string;
  collectedHeading: string;
  collected: string;
  whoSeesHeading: string;
  whoSeesAttributed: string;
  whoSeesConfidential: string;
  keptHeading: string;
  kept: string;
  withdrawHeading: string;
  withdrawInfo: string;
  consent: string;
  consentFirst: string;
  conversation: string;
  interviewer: string;
  you: string;
  skipped: string;
  followUp: string;
  questionOf: string;
  answerLabel: string;
  answerHelp: string;
  send: string;
  sending: string;
  skip: string;
  finish: string;
  finishConfirm: string;
  finishYes: string;
  keepGoing: string;
  withdraw: string;
  withdrawConfirm: string;
  withdrawYes: string;
  offerWithdraw: string;
  sendFailed: string;
  doneTitle: string;
  doneBody: string;
  withdrawnTitle: string;
  withdrawnBody: string;
  closed: Record<LinkRefusal, ClosedPage>;
};

const en: UiText = {
  title: "Your exit interview",
  intro:
    "Thank you for taking a few minutes to tell us about your time here. There are {total} questions, one at a time. You can skip any of them and finish whenever you like.",
  collectedHeading: "What is collected",
  collected: "Your answers, as you type them, and how long each one took. Nothing else about you is added.",
  whoSeesHeading: "Who sees it",
  whoSeesAttributed: "Your organisation's HR team sees your answers with your name next to them.",
  whoSeesConfidential:
    "Your organisation's HR team sees only totals across several people and short quotes with names and contact details removed. Your name is not shown next to what you say.",
  keptHeading: "How long it is kept",
  kept: "Your answers are kept for {days} days after the interview ends, then deleted. Only totals that identify nobody remain.",
  withdrawHeading: "Changing your mind",
  withdrawInfo: "You can withdraw at any point with the “Withdraw and delete my answers” button. Everything you said is deleted at once.",
  consent: "I agree, start the interview",
  consentFirst: "Agree to the interview first, then answer.",
  conversation: "Your interview so far",
  interviewer: "Interviewer",
  you: "You",
  skipped: "(skipped)",
  followUp: "Follow-up",
  questionOf: "Question {n} of {total}",
  answerLabel: "Your answer",
  answerHelp: "Each answer is saved as soon as you send it. You can close this page and come back later with the same link.",
  send: "Send answer",
  sending: "Sending…",
  skip: "Skip this question",
  finish: "Finish early",
  finishConfirm: "Finish the interview now? Your answers so far are saved and the link will stop working.",
  finishYes: "Yes, finish now",
  keepGoing: "Keep going",
  withdraw: "Withdraw and delete my answers",
  withdrawConfirm: "Delete everything you have said and stop the interview? This cannot be undone.",
  withdrawYes: "Yes, delete everything",
  offerWithdraw: "It sounds like you may want to stop. You can withdraw and have everything you said deleted, or keep going.",
  sendFailed: "This could not be sent. What you typed is kept here; check your connection and try again.",
  doneTitle: "Thank you",
  doneBody: "Your answers were saved. You can close this page.",
  withdrawnTitle: "Everything was deleted",
  withdrawnBody: "Your answers were deleted and the interview is closed. Nothing you said will be used.",
  closed: {
    unknown: { title: "This link does not work", body: "This interview link is not valid. Check that you copied all of it, or ask HR for a new link." },
    expired: {
      title: "This link has expired",
      body: "The time to take this interview has passed. If you would still like to take part, ask HR for a new link.",
    },
    link_withdrawn: { title: "This link was withdrawn", body: "HR has withdrawn this interview link. If you think this is a mistake, ask HR for a new link." },
    completed: { title: "This interview is finished", body: "This interview was completed and the link can no longer be used. Thank you for taking part." },
    withdrawn: { title: "This interview was withdrawn", body: "Consent was withdrawn and every answer was deleted. The link can no longer be used." },
  },
};

const es: UiText = {
  title: "Tu entrevista de salida",
  intro:
    "Gracias por dedicar unos minutos a contarnos tu experiencia aquí. Hay {total} preguntas, de una en una. Puedes saltarte cualquiera y terminar cuando quieras.",
  collectedHeading: "Qué se recoge",
  collected: "Tus respuestas, tal como las escribes, y el tiempo dedicado a cada una. No se añade nada más sobre ti.",
  whoSeesHeading: "Quién lo ve",
  whoSeesAttributed: "El equipo de RR. HH. de tu organización ve tus respuestas junto a tu nombre.",
  whoSeesConfidential:
    "El equipo de RR. HH. de tu organización solo ve totales de varias personas y citas breves sin nombres ni datos de contacto. Tu nombre no aparece junto a lo que dices.",
  keptHeading: "Cuánto tiempo se guarda",
  kept: "Tus respuestas se guardan {days} días después de terminar la entrevista y luego se eliminan. Solo quedan totales que no identifican a nadie.",
  withdrawHeading: "Si cambias de opinión",
  withdrawInfo: "Puedes retirarte en cualquier momento con el botón «Retirarme y borrar mis respuestas». Todo lo que hayas dicho se elimina al instante.",
  consent: "Acepto, empezar la entrevista",
  consentFirst: "Primero acepta la entrevista y después responde.",
  conversation: "Tu entrevista hasta ahora",
  interviewer: "Entrevistador",
  you: "Tú",
  skipped: "(omitida)",
  followUp: "Seguimiento",
  questionOf: "Pregunta {n} de {total}",
  answerLabel: "Tu respuesta",
  answerHelp: "Cada respuesta se guarda en cuanto la envías. Puedes cerrar esta página y volver más tarde con el mismo enlace.",
  send: "Enviar respuesta",
  sending: "Enviando…",
  skip: "Saltar esta pregunta",
  finish: "Terminar ya",
  finishConfirm: "¿Terminar la entrevista ahora? Tus respuestas se guardan y el enlace dejará de funcionar.",
  finishYes: "Sí, terminar ahora",
  keepGoing: "Seguir",
  withdraw: "Retirarme y borrar mis respuestas",
  withdrawConfirm: "¿Borrar todo lo que has dicho y detener la entrevista? No se puede deshacer.",
  withdrawYes: "Sí, borrar todo",
  offerWithdraw: "Parece que quizá quieras parar. Puedes retirarte y borrar todo lo que has dicho, o seguir.",
  sendFailed: "No se pudo enviar. Lo que escribiste se conserva aquí; comprueba tu conexión e inténtalo de nuevo.",
  doneTitle: "Gracias",
  doneBody: "Tus respuestas se han guardado. Ya puedes cerrar esta página.",
  withdrawnTitle: "Todo se ha borrado",
  withdrawnBody: "Tus respuestas se han borrado y la entrevista está cerrada. No se usará nada de lo que dijiste.",
  closed: {
    unknown: { title: "Este enlace no funciona", body: "Este enlace de entrevista no es válido. Comprueba que lo copiaste entero o pide a RR. HH. uno nuevo." },
    expired: {
      title: "Este enlace ha caducado",
      body: "El plazo para hacer esta entrevista ha terminado. Si aún quieres participar, pide a RR. HH. un enlace nuevo.",
    },
    link_withdrawn: { title: "Este enlace fue retirado", body: "RR. HH. ha retirado este enlace. Si crees que es un error, pide un enlace nuevo." },
    completed: { title: "Esta entrevista ha terminado", body: "La entrevista se completó y el enlace ya no se puede usar. Gracias por participar." },
    withdrawn: {
      title: "Esta entrevista fue retirada",
      body: "Se retiró el consentimiento y se borraron todas las respuestas. El enlace ya no se puede usar.",
    },
  },
};

const fr: UiText = {
  title: "Votre entretien de départ",
  intro:
    "Merci de prendre quelques minutes pour nous parler de votre expérience ici. Il y a {total} questions, une à la fois. Vous pouvez passer n'importe laquelle et terminer quand vous le souhaitez.",
  collectedHeading: "Ce qui est recueilli",
  collected: "Vos réponses, telles que vous les écrivez, et le temps passé sur chacune. Rien d'autre vous concernant n'est ajouté.",
  whoSeesHeading: "Qui y a accès",
  whoSeesAttributed: "L'équipe RH de votre organisation voit vos réponses avec votre nom.",
  whoSeesConfidential:
    "L'équipe RH de votre organisation ne voit que des totaux portant sur plusieurs personnes et de courtes citations sans noms ni coordonnées. Votre nom n'apparaît pas à côté de vos propos.",
  keptHeading: "Durée de conservation",
  kept: "Vos réponses sont conservées {days} jours après la fin de l'entretien, puis supprimées. Seuls restent des totaux qui n'identifient personne.",
  withdrawHeading: "Si vous changez d'avis",
  withdrawInfo:
    "Vous pouvez vous retirer à tout moment avec le bouton « Me retirer et supprimer mes réponses ». Tout ce que vous avez dit est supprimé aussitôt.",
  consent: "J'accepte, commencer l'entretien",
  consentFirst: "Acceptez d'abord l'entretien, puis répondez.",
  conversation: "Votre entretien jusqu'ici",
  interviewer: "Intervieweur",
  you: "Vous",
  skipped: "(passée)",
  followUp: "Relance",
  questionOf: "Question {n} sur {total}",
  answerLabel: "Votre réponse",
  answerHelp: "Chaque réponse est enregistrée dès son envoi. Vous pouvez fermer cette page et revenir plus tard avec le même lien.",
  send: "Envoyer la réponse",
  sending: "Envoi…",
  skip: "Passer cette question",
  finish: "Terminer maintenant",
  finishConfirm: "Terminer l'entretien maintenant ? Vos réponses sont enregistrées et le lien ne fonctionnera plus.",
  finishYes: "Oui, terminer",
  keepGoing: "Continuer",
  withdraw: "Me retirer et supprimer mes réponses",
  withdrawConfirm: "Supprimer tout ce que vous avez dit et arrêter l'entretien ? Cette action est définitive.",
  withdrawYes: "Oui, tout supprimer",
  offerWithdraw: "Vous souhaitez peut-être arrêter. Vous pouvez vous retirer et faire supprimer tout ce que vous avez dit, ou continuer.",
  sendFailed: "L'envoi a échoué. Ce que vous avez écrit est conservé ici ; vérifiez votre connexion et réessayez.",
  doneTitle: "Merci",
  doneBody: "Vos réponses ont été enregistrées. Vous pouvez fermer cette page.",
  withdrawnTitle: "Tout a été supprimé",
  withdrawnBody: "Vos réponses ont été supprimées et l'entretien est clos. Rien de ce que vous avez dit ne sera utilisé.",
  closed: {
    unknown: {
      title: "Ce lien ne fonctionne pas",
      body: "Ce lien d'entretien n'est pas valide. Vérifiez que vous l'avez copié en entier, ou demandez un nouveau lien aux RH.",
    },
    expired: {
      title: "Ce lien a expiré",
      body: "Le délai pour passer cet entretien est dépassé. Si vous souhaitez toujours participer, demandez un nouveau lien aux RH.",
    },
    link_withdrawn: { title: "Ce lien a été retiré", body: "Les RH ont retiré ce lien. Si vous pensez qu'il s'agit d'une erreur, demandez un nouveau lien." },
    completed: { title: "Cet entretien est terminé", body: "L'entretien a été complété et le lien ne peut plus être utilisé. Merci de votre participation." },
    withdrawn: {
      title: "Cet entretien a été retiré",
      body: "Le consentement a été retiré et toutes les réponses ont été supprimées. Le lien ne peut plus être utilisé.",
    },
  },
};

const de: UiText = {
  title: "Ihr Austrittsgespräch",
  intro:
    "Danke, dass Sie sich ein paar Minuten Zeit nehmen, um uns von Ihrer Zeit hier zu erzählen. Es gibt {total} Fragen, eine nach der anderen. Sie können jede überspringen und jederzeit aufhören.",
  collectedHeading: "Was erfasst wird",
  collected: "Ihre Antworten, so wie Sie sie schreiben, und wie lange Sie für jede gebraucht haben. Sonst wird nichts über Sie hinzugefügt.",
  whoSeesHeading: "Wer es sieht",
  whoSeesAttributed: "Das HR-Team Ihrer Organisation sieht Ihre Antworten mit Ihrem Namen.",
  whoSeesConfidential:
    "Das HR-Team Ihrer Organisation sieht nur Summen über mehrere Personen und kurze Zitate ohne Namen und Kontaktdaten. Ihr Name erscheint nicht neben dem, was Sie sagen.",
  keptHeading: "Wie lange es gespeichert wird",
  kept: "Ihre Antworten werden {days} Tage nach dem Ende des Gesprächs aufbewahrt und dann gelöscht. Es bleiben nur Summen, die niemanden erkennen lassen.",
  withdrawHeading: "Wenn Sie es sich anders überlegen",
  withdrawInfo: "Sie können jederzeit mit der Schaltfläche „Zurückziehen und Antworten löschen“ aussteigen. Alles, was Sie gesagt haben, wird sofort gelöscht.",
  consent: "Ich stimme zu, Gespräch beginnen",
  consentFirst: "Stimmen Sie dem Gespräch zuerst zu, dann können Sie antworten.",
  conversation: "Ihr Gespräch bisher",
  interviewer: "Interviewer",
  you: "Sie",
  skipped: "(übersprungen)",
  followUp: "Nachfrage",
  questionOf: "Frage {n} von {total}",
  answerLabel: "Ihre Antwort",
  answerHelp: "Jede Antwort wird gespeichert, sobald Sie sie senden. Sie können diese Seite schließen und später mit demselben Link zurückkehren.",
  send: "Antwort senden",
  sending: "Wird gesendet…",
  skip: "Frage überspringen",
  finish: "Jetzt beenden",
  finishConfirm: "Das Gespräch jetzt beenden? Ihre bisherigen Antworten sind gespeichert, und der Link funktioniert danach nicht mehr.",
  finishYes: "Ja, jetzt beenden",
  keepGoing: "Weitermachen",
  withdraw: "Zurückziehen und Antworten löschen",
  withdrawConfirm: "Alles löschen, was Sie gesagt haben, und das Gespräch beenden? Das kann nicht rückgängig gemacht werden.",
  withdrawYes: "Ja, alles löschen",
  offerWithdraw: "Es klingt, als möchten Sie vielleicht aufhören. Sie können zurückziehen und alles löschen lassen, was Sie gesagt haben, oder weitermachen.",
  sendFailed: "Das konnte nicht gesendet werden. Ihr Text bleibt hier erhalten; prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  doneTitle: "Vielen Dank",
  doneBody: "Ihre Antworten wurden gespeichert. Sie können diese Seite schließen.",
  withdrawnTitle: "Alles wurde gelöscht",
  withdrawnBody: "Ihre Antworten wurden gelöscht und das Gespräch ist geschlossen. Nichts von dem, was Sie gesagt haben, wird verwendet.",
  closed: {
    unknown: {
      title: "Dieser Link funktioniert nicht",
      body: "Dieser Gesprächslink ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder bitten Sie HR um einen neuen Link.",
    },
    expired: {
      title: "Dieser Link ist abgelaufen",
      body: "Die Frist für dieses Gespräch ist abgelaufen. Wenn Sie noch teilnehmen möchten, bitten Sie HR um einen neuen Link.",
    },
    link_withdrawn: {
      title: "Dieser Link wurde zurückgezogen",
      body: "HR hat diesen Link zurückgezogen. Wenn Sie das für einen Fehler halten, bitten Sie um einen neuen Link.",
    },
    completed: {
      title: "Dieses Gespräch ist abgeschlossen",
      body: "Das Gespräch wurde abgeschlossen, und der Link kann nicht mehr verwendet werden. Danke für Ihre Teilnahme.",
    },
    withdrawn: {
      title: "Dieses Gespräch wurde zurückgezogen",
      body: "Die Einwilligung wurde zurückgezogen und alle Antworten wurden gelöscht. Der Link kann nicht mehr verwendet werden.",
    },
  },
};

const pt: UiText = {
  title: "A sua entrevista de saída",
  intro:
    "Obrigado por dedicar alguns minutos para nos contar sobre o seu tempo aqui. São {total} perguntas, uma de cada vez. Você pode pular qualquer uma e terminar quando quiser.",
  collectedHeading: "O que é recolhido",
  collected: "As suas respostas, tal como as escreve, e o tempo gasto em cada uma. Nada mais sobre você é acrescentado.",
  whoSeesHeading: "Quem vê",
  whoSeesAttributed: "A equipe de RH da sua organização vê as suas respostas com o seu nome.",
  whoSeesConfidential:
    "A equipe de RH da sua organização vê apenas totais de várias pessoas e citações curtas sem nomes nem contatos. O seu nome não aparece ao lado do que você diz.",
  keptHeading: "Por quanto tempo é guardado",
  kept: "As suas respostas são guardadas por {days} dias após o fim da entrevista e depois apagadas. Ficam apenas totais que não identificam ninguém.",
  withdrawHeading: "Se mudar de ideia",
  withdrawInfo: "Você pode desistir a qualquer momento com o botão “Desistir e apagar as minhas respostas”. Tudo o que disse é apagado na hora.",
  consent: "Concordo, começar a entrevista",
  consentFirst: "Primeiro concorde com a entrevista e depois responda.",
  conversation: "A sua entrevista até agora",
  interviewer: "Entrevistador",
  you: "Você",
  skipped: "(pulada)",
  followUp: "Acompanhamento",
  questionOf: "Pergunta {n} de {total}",
  answerLabel: "A sua resposta",
  answerHelp: "Cada resposta é guardada assim que você a envia. Pode fechar esta página e voltar mais tarde com o mesmo link.",
  send: "Enviar resposta",
  sending: "Enviando…",
  skip: "Pular esta pergunta",
  finish: "Terminar agora",
  finishConfirm: "Terminar a entrevista agora? As suas respostas ficam guardadas e o link deixará de funcionar.",
  finishYes: "Sim, terminar agora",
  keepGoing: "Continuar",
  withdraw: "Desistir e apagar as minhas respostas",
  withdrawConfirm: "Apagar tudo o que disse e parar a entrevista? Isto não pode ser desfeito.",
  withdrawYes: "Sim, apagar tudo",
  offerWithdraw: "Parece que talvez queira parar. Pode desistir e apagar tudo o que disse, ou continuar.",
  sendFailed: "Não foi possível enviar. O que escreveu fica guardado aqui; verifique a sua conexão e tente de novo.",
  doneTitle: "Obrigado",
  doneBody: "As suas respostas foram guardadas. Pode fechar esta página.",
  withdrawnTitle: "Tudo foi apagado",
  withdrawnBody: "As suas respostas foram apagadas e a entrevista está encerrada. Nada do que disse será usado.",
  closed: {
    unknown: { title: "Este link não funciona", body: "Este link de entrevista não é válido. Verifique se o copiou por inteiro, ou peça um novo link ao RH." },
    expired: { title: "Este link expirou", body: "O prazo para fazer esta entrevista terminou. Se ainda quiser participar, peça um novo link ao RH." },
    link_withdrawn: { title: "Este link foi retirado", body: "O RH retirou este link. Se achar que é um engano, peça um novo link." },
    completed: { title: "Esta entrevista terminou", body: "A entrevista foi concluída e o link já não pode ser usado. Obrigado pela sua participação." },
    withdrawn: {
      title: "Esta entrevista foi retirada",
      body: "O consentimento foi retirado e todas as respostas foram apagadas. O link já não pode ser usado.",
    },
  },
};

export const uiText: Record<InterviewLanguage, UiText> = { en, es, fr, de, pt };

/** A text with its `{name}` slots filled. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
