import { wordsOf } from "@/lib/chat/offline/words";

// The names of common languages in the languages the chat reads, so that "Does he speak English?"
// finds "Inglés (B1)" and "Englisch (gut)". Each row is one language; names are folded (no accents).

const rows = `english ingles anglais englisch
spanish espanol castellano espagnol spanisch espanhol
french frances francais franzosisch
german aleman allemand deutsch alemao
portuguese portugues portugais portugiesisch
italian italiano italien italienisch
chinese mandarin cantonese chino chinois chinesisch mandarim
japanese japones japonais japanisch
korean coreano coreen koreanisch
arabic arabe arabisch
russian ruso russe russisch russo
polish polaco polonais polnisch polones
dutch neerlandes neerlandais niederlandisch hollandisch flemish
turkish turco turc turkisch
greek griego grec griechisch grego
swedish sueco suedois schwedisch
norwegian noruego norvegien norwegisch
danish danes danois danisch dinamarques
finnish finlandes finnois finnisch
romanian rumano roumain rumanisch romeno
hungarian hungaro hongrois ungarisch
czech checo tcheque tschechisch
ukrainian ucraniano ukrainien ukrainisch
hebrew hebreo hebreu hebraisch
catalan catala catalan katalanisch
welsh gales gallois walisisch
irish gaelic irlandes irlandais irisch
swahili suajili
vietnamese vietnamita vietnamien vietnamesisch
thai tailandes thailandais thailandisch
persian farsi persa persan persisch`
  .split("\n")
  .map((row) => row.trim().split(/\s+/u));

// Languages written alike in every language read: each is its own.
const sameEverywhere = new Set("hindi urdu bengali punjabi tamil gujarati igbo yoruba hausa amharic somali tagalog filipino malay indonesian".split(" "));

/** The languages a text names: a row's first name for one written differently by language, else the name itself. */
export function languagesNamed(text: string): string[] {
  const found: string[] = [];
  for (const word of wordsOf(text)) {
    if (sameEverywhere.has(word)) found.push(word);
    else found.push(...rows.filter((names) => names.includes(word)).map((names) => names[0]!));
  }
  return found;
}
