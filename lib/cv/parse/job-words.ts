// The words that tell a job title from an employer in a CV's job heading, in English, Spanish,
// French, German and Portuguese. Titles name an occupation; employers carry a legal form or an
// organisation noun; a department or unit after a comma belongs to neither.

const occupations = `
engineer engineers developer developers programmer manager analyst designer specialist consultant scientist researcher
intern internship leader assistant associate director lead head architect administrator officer president vice ceo cto cfo coo
cio vp founder cofounder co-founder owner partner coordinator representative agent technician teacher tutor instructor
professor lecturer nurse physician doctor surgeon accountant auditor controller bookkeeper recruiter editor writer
fellow trainee apprentice clerk cashier supervisor executive advisor adviser strategist sre devops secretary driver
chef cook coach barista waiter waitress server bartender operative operator mechanic electrician plumber carpenter welder
joiner bricklayer labourer laborer foreman surveyor inspector estimator planner scheduler dispatcher buyer merchandiser
pharmacist therapist physiotherapist paramedic midwife dentist hygienist caregiver carer housekeeper cleaner janitor guard
receptionist paralegal lawyer attorney solicitor counsel barrister notary economist statistician actuary underwriter
banker trader broker teller steward stewardess pilot attendant librarian curator translator interpreter journalist
photographer producer marketer salesperson seller sales worker volunteer member researcher postdoc student graduate
scientist biologist chemist physicist geologist veterinarian vet optometrist radiographer sonographer technologist
principal staff chief superintendent commis sommelier baker butcher picker packer loader handler storekeeper
practicante ingeniero ingeniera desarrollador desarrolladora gerente analista técnico técnica auxiliar maestro maestra
profesor profesora enfermero enfermera médico médica abogado abogada contable asesor asesora jefe jefa director directora
coordinador coordinadora responsable consultor consultora diseñador diseñadora becario becaria administrativo administrativa
dependiente camarero camarera cocinero cocinera tutora tutor educador educadora vendedor vendedora operario operaria
ingénieur ingénieure développeur développeuse chef cheffe sous-chef sous-cheffe formateur formatrice directeur directrice
chargé chargée stagiaire enseignant enseignante infirmier infirmière vendeur vendeuse conseiller conseillère serveur serveuse
cuisinier cuisinière commis comptable gérant gérante assistante technicienne
entwickler entwicklerin leiter leiterin berater beraterin mitarbeiter mitarbeiterin elektroniker elektronikerin techniker
technikerin ingenieur ingenieurin kaufmann kauffrau fachkraft sachbearbeiter sachbearbeiterin geschäftsführer
geschäftsführerin lehrer lehrerin pfleger pflegerin krankenschwester erzieher erzieherin koch köchin verkäufer verkäuferin
aushilfe praktikant praktikantin werkstudent werkstudentin geselle meister monteur monteurin referent referentin
professeur professeure soldador soldadora tornero electricista fontanero conductor conductora farmacéutico farmacéutica
farmacêutico farmacêutica advogado advogada disponent disponentin responsabile addetto addetta impiegato impiegata
tecnico tecnica ingegnere sviluppatore commerciale consulente stagista direttore direttrice infermiere infermiera
arquitecto arquitecta architetto architecte architekt architektin caporedattore redattore redattrice redactor
redactora rédacteur rédactrice assistente beleidsmedewerker medewerker adviseur teamleider insegnante cuoco cuoca cameriere cameriera motorista operador operadora
desenvolvedor desenvolvedora engenheiro engenheira analista gerente professor professora enfermeiro enfermeira estagiário
estagiária
`;

/** German titles are compounds ("Softwareentwickler", "Projektleiterin"): these endings name an occupation. */
const occupationEndings = [
  "entwickler",
  "entwicklerin",
  "leiter",
  "leiterin",
  "ingenieur",
  "ingenieurin",
  "techniker",
  "technikerin",
  "berater",
  "beraterin",
  "elektroniker",
  "mitarbeiter",
  "mitarbeiterin",
  "kaufmann",
  "kauffrau",
  "fachkraft",
  "manager",
  "managerin",
  "pfleger",
  "pflegerin",
  "referent",
  "referentin",
  "assistent",
  "assistentin",
  "monteur",
];

const organisations = `
inc incorporated llc llp ltd limited gmbh ag kg ohg ug corp corporation company co plc sa sas sarl sl slu spa srl bv nv
ab oy group holdings labs laboratories technologies technology systems solutions services consulting consultants
partners associates university universidad université universität universidade college school institute institut
instituto foundation fundación fondation stiftung bank hospital clinic clínica clinique klinik agency studio studios
restaurant brasserie hôtel hotel café cafe bakery store stores shop retail ministry department council authority
government trust charity society association asociación club academy network networks media
lycée collège école escuela colegio schule gymnasium scuola liceo pharmacy farmacia pharmacie apotheke lda ltda
sociedade sociedad advogados abogados avocats kanzlei câmara ayuntamiento mairie municipal municipality nhs
ministerie ministerio ministère ministero gemeente provincie borough county slp sl srl comune regione
transporte transportes logistics logística talleres taller werke stadtwerke fabrik laboratorio laboratoire
`;

/** Organisational units named after a title ("Registered Nurse, Cardiac Unit"): a place of work, not part of the title. */
const units = new Set([
  "unit",
  "department",
  "dept",
  "ward",
  "division",
  "team",
  "office",
  "floor",
  "station",
  "servicio",
  "unidad",
  "service",
  "abteilung",
  "station",
]);

const wordSet = (text: string) => new Set(text.split(/\s+/).filter(Boolean));
const occupationWords = wordSet(occupations);
const organisationWords = wordSet(organisations);

/** Lower-case words of a text, split at anything that is not a letter or a hyphen inside a word. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];

export function namesOccupation(text: string): boolean {
  return wordsOf(text).some(
    (word) =>
      occupationWords.has(word) ||
      word.split("-").some((part) => occupationWords.has(part)) ||
      (word.length > 8 && occupationEndings.some((ending) => word.endsWith(ending))),
  );
}

export function namesOrganisation(text: string): boolean {
  return wordsOf(text.replace(/\./g, "")).some((word) => organisationWords.has(word)) || /公司|大学|事业部|项目组/u.test(text);
}

export function namesUnit(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.length <= 5 && units.has(words.at(-1)!);
}

/** Words that end a wrapped line in the middle of a sentence: the next line continues it. */
export const connectives = wordSet(`
and or of the a an to for with in on at by from as into via than that which who
y o u de del la el los las en con para por que
et ou du des le les à au aux pour avec sur dans
und oder der die das den dem des von mit für zu im am auf bei
e do da dos das com na no em
`);
