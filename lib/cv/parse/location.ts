import { sourced, type Sourced } from "@/lib/cv/profile";
import { findPhone } from "@/lib/cv/parse/contact";
import { endsInCredentials } from "@/lib/cv/parse/credentials";
import { charClass, trimStartWhere } from "@/lib/text/trim";
import { findSections, headingKind, type Section } from "@/lib/cv/parse/sections";

// "Address: …", "Anschrift   …", "Wohnort: …", "address - Mytown, Mycountry": a labelled value is the place.
const addressLabel =
  /(?:address|adresse|anschrift|wohnort|wohnhaft in|location|localisation|ubicación|dirección|domicilio|residencia|morada|endereço|ville|city|地址|住址|现居|居住地)(?: ?[:：\-–]| {2})|based in /iu;
const labelEnd = charClass(/[\s:：\-–]/u);
// Separators between the items of a contact line: wide gaps, bars, bullets, dashes or commas between
// spaces, and icon glyphs (private-use characters of an icon font).
const contactSeparators = / {2,}|\s[|•·–—,-]\s|\t|[\uE000-\uF8FF]/u;
const streetWords =
  /\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|way|drive|dr|court|ct|place|pl|suite|apt|straße|strasse|str|weg|gasse|platz|allee|rue|chemin|calle|avenida|av|paseo|rua|via|piazza)\b\.?/iu;
const placeholders = /\b(?:address|street|city|country|zip|postcode)\b/i;
// Words that a place name never holds: organisations, job titles, headings.
const notPlaceWords =
  /\b(?:university|universidad|université|universität|college|school|institute|inc|ltd|llc|gmbh|company|corp|engineer|developer|manager|designer|analyst|nurse|director|consultant|specialist|scientist|architect|lead|officer|assistant|coordinator|administrator|accountant|teacher|student|intern|executive|technician|writer|editor|recruiter|senior|junior|chef|remote|summary|profile|experience|skills|linkedin|github|twitter|portfolio|website|curriculum|vitae|resume|lebenslauf|cv|prof|dr|mr|mrs|ms)\b/iu;
// A place name: capitalised words, with the small words place names carry ("Frankfurt am Main", "Republic of Korea").
const placeName = String.raw`\p{Lu}[\p{L}.'’-]*(?: (?:(?:am|an|im|de|del|la|le|les|of|on|upon|sur|en|di|da|do|dos) )?\p{Lu}[\p{L}.'’-]*){0,3}`;
// "Silicon Valley, CA, USA", "Pleasantville, CA 94588", "Mapo-gu, Seoul, Republic of Korea", "Leeds, UK".
const cityRegion = new RegExp(String.raw`^(?:${placeName})(?:, (?:${placeName}))+(?: \d{4,6}(?:-\d{4})?)?$`, "u");
// "Lyon (69003)": a city with its postcode in brackets.
const cityPostcode = new RegExp(String.raw`^(?:${placeName}) \(\d{4,6}\)$`, "u");
const cityOnly = new RegExp(String.raw`^(?:${placeName})$`, "u");

const cleanPiece = (piece: string) =>
  piece
    .trim()
    // Icon glyphs that extract as a stray letter or symbol before the value ("# Address", "ð name").
    .replace(/^(?:[^\p{L}\p{N}(+]+|\p{L}(?= ))\s*/u, "")
    .trim();

/** The place a comma list names once its street and a leading postcode are dropped: "555 La Verne Way, La Verne, CA" → "La Verne, CA". */
function withoutStreet(value: string): string {
  const parts = value.split(/,\s*/);
  // An index, not shift(): shifting a long list one item at a time would copy it again each time.
  let first = 0;
  while (first < parts.length - 1 && (/\d/.test(parts[first]!) || streetWords.test(parts[first]!)) && !/^\d{4,6} \p{Lu}/u.test(parts[first]!)) first++;
  return parts
    .slice(first)
    .join(", ")
    .replace(/^\d{4,6} (?=\p{Lu})/u, "");
}

// A Chinese address runs from province to district without spaces: the place is all up to the last of 省, 市, 区 or 县.
const chineseRegion = /^\p{Script=Han}*[省市区县]/u;

function placeIn(piece: string, { alone }: { alone: boolean }): string | null {
  const chinese = chineseRegion.exec(piece.trim());
  if (chinese && alone) return chinese[0];
  const value = withoutStreet(cleanPiece(piece));
  // "Marcus Lee, CPA" has the shape of "City, Region", but its last part is a person's letters.
  if (!value || placeholders.test(value) || notPlaceWords.test(value) || endsInCredentials(value)) return null;
  if (cityRegion.test(value) || cityPostcode.test(value)) return value;
  // A city without a region counts where nothing else can be meant: an item of a contact line, or a line of its own in a contact block.
  if (alone && value.length > 2 && cityOnly.test(value) && !streetWords.test(value) && !/\p{Script=Han}/u.test(value) && value.split(" ").length <= 3)
    return value;
  return null;
}

const emailOrLink = /(?<!\S)[^\s@]+@\S+|(?<!\S)[\w.-]+\.[a-z]{2,}\/\S*|(?<!\S)(?:https?:\/\/|www\.)\S+/giu;

/** The items of a contact line, also when only single spaces part them: the email, links and phone cut it into pieces. */
function itemsOf(line: string): string[] {
  const phone = findPhone([line])?.value;
  const cut = (phone ? line.replace(phone, "   ") : line).replace(emailOrLink, "   ");
  return cut.split(contactSeparators).filter((p) => p.trim());
}

const isContactLine = (line: string) => line.includes("@") || (/\d/.test(line) && findPhone([line]) !== null);

/**
 * The candidate's place, from the header, a contact block or a contact line anywhere (some templates
 * put it in a footer): a labelled address first, then "City, Region[, Country][ postcode]" or
 * "City (postcode)", then a city on its own among contact details. Never a street, never the name.
 */
export function findLocation(lines: string[], personName: string | null = null, sections: Section[] = findSections(lines)): Sourced | null {
  const name = personName?.toLowerCase() ?? null;
  // The name line is never the place, whatever follows the name on it ("Jane Doe, MPharm").
  const isNameLine = (place: string) => name !== null && place.toLowerCase().startsWith(name);
  const contactIndexes = new Set<number>();
  for (const s of sections.filter((s) => s.kind === "contact")) for (let i = s.start; i < Math.min(s.end, s.start + 10); i++) contactIndexes.add(i);
  lines.forEach((line, i) => {
    if (isContactLine(line)) for (let j = Math.max(0, i - 1); j <= Math.min(lines.length - 1, i + 1); j++) contactIndexes.add(j);
  });
  const references = new Set(sections.filter((s) => s.kind === "references").flatMap((s) => lines.slice(s.start, s.end)));
  const candidates = [...contactIndexes]
    .sort((a, b) => a - b)
    .map((i) => lines[i]!)
    .filter((line) => !headingKind(line) && !references.has(line));

  for (const line of candidates) {
    const labelled = addressLabel.exec(line);
    if (!labelled) continue;
    const value = trimStartWhere(line.slice(labelled.index + labelled[0].length), labelEnd);
    const place = placeIn(value.split(contactSeparators)[0]!, { alone: true });
    if (place) return sourced(place, line, 0.8);
  }
  let cityAlone: Sourced | null = null;
  for (const line of candidates) {
    const pieces = itemsOf(line);
    const alone = pieces.length > 1 ? isContactLine(line) : true;
    for (const piece of pieces) {
      const place = placeIn(piece, { alone: false });
      if (place && !isNameLine(place)) return sourced(place, line, 0.75);
      const city = !cityAlone && placeIn(piece, { alone });
      if (city && !isNameLine(city)) cityAlone = sourced(city, line, 0.6);
    }
  }
  return cityAlone;
}
