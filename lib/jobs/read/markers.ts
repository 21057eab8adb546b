// Words that say how a posting means a sentence: as optional, as an obligation, or as something
// other than a skill (eligibility, equipment, attitudes, outcomes, the duties of the job).

/** Marks the item it closes optional ("(Preferred)", "is a plus", "deseable", "von Vorteil"). */
export const preferredMarker =
  /(?<![\p{L}\p{N}])(?:preferred|preferable|nice[- ]to[- ]have|bonus|a plus|an? (?:added )?(?:plus|advantage|asset)|advantageous|desirable|desired|optional|appreciated|not required|not mandatory|not essential|deseables?|valorables?|se valorar[áa]|valoramos|opcional|un plus|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|serait un plus|un atout|w[üu]nschenswert|von vorteil|ein plus|desej[áa]vel|diferencial|ser[áa] um diferencial)(?![\p{L}\p{N}])/iu;

/** Marks what follows it optional: "…, ideally in manufacturing" leaves what came before required. */
export const leadingMarker =
  /(?<![\p{L}\p{N}])(?:ideally|preferably|idealmente|preferiblemente|preferentemente|de pr[ée]f[ée]rence|id[ée]alement|idealerweise|vorzugsweise|preferencialmente)(?![\p{L}\p{N}])/iu;

/** Where a text starts to be marked optional: 0 for all of it, its length for none of it. */
export function optionalFrom(text: string): number {
  if (preferredMarker.test(text)) return 0;
  return leadingMarker.exec(text)?.index ?? text.length;
}

/** Whether the whole text is marked optional. */
export const markedOptional = (text: string) => optionalFrom(text) === 0;

/** A sentence that obliges the candidate ("You should have …", "… is required", "Debes …"). */
export const obligation =
  /(?<![\p{L}\p{N}])(?:(?:you|candidates?|applicants?|the candidate|the successful candidate)\s+(?:must|should|need to|will need(?: to)?|are required to)|must[- ]have|(?:is|are)\s+(?:required|essential|mandatory|a must)|required:|debes|deber[áa]s|es imprescindible|se requiere|imprescindible|vous devez|est indispensable|exig[ée]e?s?|sie m[üu]ssen|setzen .{0,40}voraus|voraussetzung|você deve|é necess[áa]rio|obrigat[óo]rio)(?![\p{L}\p{N}])/iu;

/** Conditions of employment, not skills: citizenship, checks, travel, shifts, equipment. */
export const eligibility =
  /(?<![\p{L}\p{N}])(?:citizens?(?:hip)?|nationals|nationality|residents?|visa|work permit|right to work|authori[sz](?:ation|ed) to work|eligib(?:le|ility)|clearance|security clearance|public trust|background (?:check|investigation)|drug (?:test|screen)|investigation|selective service|probation(?:ary)?|trial period|direct deposit|travel|relocat(?:e|ion)|commut(?:e|ing)|shifts?|weekends?|overtime|on[- ]call availability|availability|available to|laptop|webcam|internet(?: connection| access)?|broadband|smartphone|mobile phone|tablet|headset|microphone|(?:own|a|your) (?:computer|pc|car|vehicle|transport|tools)|dbs check|criminal record|disponibilidad|viajar|nacionalidad|permiso de trabajo|d[ée]placements?|permis de travail|reisebereitschaft|arbeitserlaubnis|disponibilidade|viagens)(?![\p{L}\p{N}])/iu;

/** Attitudes and beliefs: "Passionate about …", "Growth and learning are important to you". */
export const attitude =
  /^(?:you(?:'re| are)? )?(?:passionate|believes?|firm believer|care about|cares about|loves?|enjoys?|excited|eager|motivated|committed to|dedicated to|thrives?|curious|apasionad[oa]|passionn[ée]e?|begeistert)\b|\bimportant to you\b/iu;

/** Results the employer wants ("Increasing sales revenue", "Contributing to growth"), not skills. */
export const outcome =
  /^(?:increas(?:e|ing)|grow(?:ing)?|reduc(?:e|ing)|improv(?:e|ing)|achiev(?:e|ing)|meet(?:ing)?|exceed(?:ing)?|contribut(?:e|ing)|deliver(?:ing)? results)(?![\p{L}\p{N}])/iu;

/** A sentence about the work itself inside a requirements list: "on-call rotations … are part of the role". */
export const dutyStatement = /\bpart of (?:the|your|this) (?:role|job|position)\b|\btake ownership\b|\byou will not\b|\bresponsible for\b/iu;

/** Points back to the sentence before ("at least one of these languages"). */
export const backReference = /(?<![\p{L}\p{N}])(?:these|those|the above|them|any of (?:them|the above))(?![\p{L}\p{N}])/iu;
