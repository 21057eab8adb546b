import { wordList } from "@/lib/chat/offline/words";

// What a question asks about, as general words in English, Spanish, French, German and Portuguese.
// Phrases join their words with "_"; a trailing "*" matches any word starting with the stem.

export const topics = {
  employer: wordList(`work worked working works job jobs employer* company companies firm organisation* organization* position* role roles employed hired
    trabaj* empresa* empleo* puesto* travaill* entreprise* poste* emploi* arbeit* gearbeitet firma firmen unternehmen stelle* trabalh* emprego*`),
  experienceYears: wordList(`years_of_experience year_of_experience how_much_experience experience_in_total total_experience
    anos_de_experiencia annees_d_experience ans_d_experience jahre_erfahrung jahren_erfahrung berufserfahrung`),
  duration: wordList(
    `how_long how_many_years how_many_months cuanto_tiempo combien_de_temps wie_lange quanto_tempo duration depuis_quand seit_wann desde_cuando`,
  ),
  current: wordList(
    `now currently current present presently today right_now at_the_moment these_days still actualmente actual actuel actuelle actuellement derzeit aktuell aktuelle aktuellen atualmente atual employed unemployed`,
  ),
  when: wordList(`when year years date dates since until start started begin began end ended finish finished cuando quand wann quando desde depuis`),
  education: wordList(`degree degrees study studied studies student uni university universities college school education graduate graduated graduation
    diplom* master masters bachelor bachelors phd doctorate doctoral mba gpa thesis qualification* academic* alma_mater
    estudi* titulo* universidad* formacion etude* formation studium studiert abschluss* hochschul* universitat* ausbildung curso formacao faculdade`),
  interests: wordList(
    `hobby hobbies interests interest free_time spare_time outside_work outside_of_work leisure pastime pastimes passions aficiones loisirs freizeit hobbys`,
  ),
  languages: wordList(`language languages speak speaks spoken fluent idioma idiomas habla langue langues parle sprache sprachen spricht lingua linguas fala`),
  certifications: wordList(`cert certs certification* certificate* certified credential* accreditation* licence licences license licenses
    certificacion* certificado* certificat* zertifi* lizenz* certificacao`),
  email: wordList(`email e_mail mail correo courriel`),
  phone: wordList(`phone telephone mobile cell number telefono telephone telefon`),
  location: wordList(`live lives living based located location address city country reside* where_is_he where_is_she vive habite wohnt ciudad ville`),
  links: wordList(`linkedin github website portfolio site url homepage`),
  name: wordList(`name named called nombre nom`),
  skills: wordList(
    `skill skills software tech technolog* tool tools stack programming proficient proficiency know knows knowledge expertise competenc* habilidad* competence* kenntnis* fahigkeit*`,
  ),
  leadership:
    wordList(`manage managed manages managing manager managers management lead led leads leading leader leadership supervise* supervisor oversee* oversaw
    mentor* coach* direct_reports reports line_manager team_lead headed people_management look_after looks_after looked_after
    trained_anyone trained_people trained_staff trained_others train_staff train_people trained_someone tutored
    dirig* gestion* encadr* supervis* fuhrung* leitet* leitete* betreut* gerenc* lider*`),
  headcount:
    wordList(`how_many_people how_many_engineers how_many_employees how_many_staff how_many_reports team_size size_of_the_team how_big_was_the_team how_big_is_the_team
    cuantas_personas cuantos_empleados combien_de_personnes wie_viele_mitarbeiter wie_viele_personen quantas_pessoas`),
  list: wordList(`list every all each enumerate lista liste alle todos todas tous toutes`),
  internship: wordList(`intern interns internship internships practica* pasantia* stage stages stagiaire praktik* estagio*`),
  achievements:
    wordList(`achievement* accomplishment* achieve achieved achieves results wins biggest_win proudest highlights key_results results_achieved impact successes
    logros logro realisations reussites erfolge conquistas`),
  summary: wordList(
    `summarise summarize summary overview background describe introduce profile resume_the_candidate tell_me_about resumen resume zusammenfass* resumo`,
  ),
  before: wordList(`before_that previous previously prior earlier antes avant davor vorher`),
  after: wordList(`after_that next afterwards later then despues apres danach depois`),
  there: wordList(`there that_job that_role that_company that_position it that alli la dort la`),
  whatDid: wordList(
    `what_did what_does what_was what_were responsibilit* duties tasks achievement* accomplish* que_hizo qu_a_t_il qu_a_t_elle was_hat was_machte`,
  ),
  posting: wordList(
    `the_job this_job the_role this_role the_position this_position the_posting job_posting the_vacancy the_opening job_description requirements requirement`,
  ),
  fit: wordList(`fit fits match matches suited suitable meet meets requirements requirement skills missing lack lacks gap gaps qualified`),
  manipulation: wordList(
    `manipulat* injection hidden_text hidden_instruction* suspicious white_text prompt_injection tamper* cheat* trick* game_the_screening`,
  ),
} as const;

/** Questions about what a CV does not hold, by their subject. Each is answered from a line that names it, if any. */
export const notInCvTopics = {
  salary: wordList(
    `salary salaries pay paid_per earn earns earning earnings compensation wage wages remuneration bonus expected_pay salario sueldo salaire gehalt verdient salario`,
  ),
  notice: wordList(`notice_period notice kundigungsfrist preaviso preavis`),
  permit: wordList(
    `visa visas sponsorship sponsor work_permit permit right_to_work citizenship citizen nationality residency green_card permiso permis arbeitserlaubnis`,
  ),
  relocation: wordList(`relocate relocating relocation move_to moving_to willing_to_move open_to_moving reubicar demenager umziehen`),
  availability:
    wordList(`available availability start_date when_can_he_start when_can_she_start can_he_start can_she_start can_they_start could_he_start could_she_start start_next start_immediately weekend weekends weekend_shifts night_shift night_shifts shift_work overtime
    contract contracts disponib* verfugbar`),
  age: wordList(`age how_old years_old born birth birthday married marital children kids religion health pregnant edad age_de alter`),
  leaving: wordList(`why_did_he_leave why_did_she_leave why_did_they_leave why_leave reason_for_leaving left_because quit fired laid_off dismissed let_go`),
  licence: wordList(`driving_licence driving_license driver_s_license drivers_license driving car permis_de_conduire carnet_de_conducir fuhrerschein`),
  publications: wordList(`papers paper published publication publications conference conferences journal journals`),
  references: wordList(`references referees reference`),
} as const;

/** Requests outside the CV: a task of another kind, or another person. */
export const offTopic = {
  task: wordList(`poem poems poetry haiku song lyrics story joke jokes essay limerick recipe
    write_a_function write_a_python write_me_a write_code write_a_script write_a_program function_that code_that reverse_a linked_list sql_query algorithm_for
    weather forecast temperature rain raining sunny meteo quel_temps el_tiempo wetter clima
    bitcoin crypto cryptocurrency stocks stock_market index_funds invest investing investment shares_should
    restaurant restaurants barbecue bbq cafe bar_in pub pubs nightlife hotel hotels recommend_a recommend_me recommend_some suggest_a where_to_eat
    capital_of president_of translate solve_this math homework movie movies football score_of_the_game lottery`),
  otherPerson: wordList(`other_candidate other_candidates another_candidate another_applicant other_applicant other_applicants other_cv another_cv
    other_resume another_resume compare_the_two compare_him compare_her previous_candidate last_candidate other_person
    otro_candidato autre_candidat anderen_kandidaten outro_candidato`),
} as const;
