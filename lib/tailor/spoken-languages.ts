// Names of spoken languages, as CVs in English, Spanish, French, German and Portuguese write them,
// and their own names. A "Languages" section lists these; a line there that names none of them is
// something else the parser put there (the candidate's name, a job title from the header).

const names = `english inglés ingles anglais englisch inglês
  spanish español espanol castellano espagnol spanisch espanhol
  french francés frances français francais französisch franzosisch francês
  german alemán aleman allemand deutsch alemão
  portuguese portugués portugues portugais portugiesisch português
  italian italiano italien italienisch
  dutch nederlands neerlandés néerlandais niederländisch holandés flemish
  catalan català catalán galician galego gallego basque euskera
  russian русский ruso russe russisch russo
  ukrainian українська polish polski polaco polonais polnisch czech čeština slovak slovenčina
  hungarian magyar romanian română rumano bulgarian serbian croatian hrvatski slovenian bosnian
  greek ελληνικά griego grec griechisch
  turkish türkçe turco turc türkisch
  arabic العربية árabe arabe arabisch hebrew עברית hebreo persian farsi فارسی urdu اردو
  hindi हिन्दी हिंदी bengali bangla বাংলা punjabi tamil தமிழ் telugu marathi gujarati kannada malayalam nepali sinhala
  chinese mandarin cantonese 中文 汉语 普通话 粤语 chino chinois chinesisch
  japanese 日本語 japonés japonais japanisch korean 한국어 coreano coréen koreanisch
  vietnamese tiếng thai ไทย indonesian bahasa malay tagalog filipino
  swedish svenska danish dansk norwegian norsk finnish suomi icelandic estonian latvian lithuanian
  swahili kiswahili amharic yoruba igbo hausa zulu afrikaans somali
  irish gaeilge welsh cymraeg scottish gaelic latin esperanto
  sign asl bsl lsf lse dgs`.split(/\s+/);

const known = new Set(names);

/** Whether a line of a "Languages" section names a spoken language ("Spanish (conversational)", "Deutsch – C1"). */
export function namesSpokenLanguage(line: string): boolean {
  return line
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => known.has(word));
}
