// The country a posting is in, from its location or, failing that, from the one country its text
// names, and that country's currency: what a bare "60,000-65,000" is paid in.

/** `names` are places and country names; `codes` the short forms after a comma ("Austin, TX", "Berlin, DE"). */
type Country = { names: RegExp; codes?: RegExp; currency: string };

// US state codes after a comma ("Austin, TX") place a posting in the United States.
const usStates =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const countries: Country[] = [
  {
    names: new RegExp(
      "\\b(?:United States|U\\.S\\.A?\\.?|USA|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\\b",
      "u",
    ),
    codes: new RegExp(`,\\s*(?:${usStates})\\b(?!\\s*\\p{Ll})`, "u"),
    currency: "USD",
  },
  { names: /(?<![\p{L}\p{N}])(?:Canada|Ontario|Quebec|Québec|British Columbia|Alberta|Toronto|Vancouver|Montreal|Montréal)(?![\p{L}\p{N}])/u, currency: "CAD" },
  {
    names:
      /(?<![\p{L}\p{N}])(?:United Kingdom|UK|U\.K\.|England|Scotland|Wales|Northern Ireland|London|Manchester|Edinburgh|Glasgow|Birmingham)(?![\p{L}\p{N}])/u,
    codes: /,\s*GB\b/u,
    currency: "GBP",
  },
  { names: /(?<![\p{L}\p{N}])(?:Ireland|Dublin)(?![\p{L}\p{N}])/u, codes: /,\s*IE\b/u, currency: "EUR" },
  {
    names: /(?<![\p{L}\p{N}])(?:India|Bangalore|Bengaluru|Mumbai|Delhi|Hyderabad|Chennai|Pune|Kolkata)(?![\p{L}\p{N}])/u,
    codes: /,\s*IN\b(?!\s*\p{Ll})/u,
    currency: "INR",
  },
  {
    names: /(?<![\p{L}\p{N}])(?:Germany|Deutschland|Berlin|München|Munich|Hamburg|Frankfurt|Köln|Cologne|Stuttgart|Düsseldorf)(?![\p{L}\p{N}])/u,
    codes: /,\s*DE\b(?!\s*\p{Ll})/u,
    currency: "EUR",
  },
  { names: /(?<![\p{L}\p{N}])(?:France|Paris|Lyon|Marseille|Toulouse|Lille|Bordeaux|Nantes)(?![\p{L}\p{N}])/u, codes: /,\s*FR\b/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Spain|España|Madrid|Barcelona|Valencia|Sevilla|Bilbao)(?![\p{L}\p{N}])/u, codes: /,\s*ES\b/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Portugal|Lisboa|Lisbon|Porto)(?![\p{L}\p{N}])/u, codes: /,\s*PT\b/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Italy|Italia|Rome|Roma|Milan|Milano)(?![\p{L}\p{N}])/u, codes: /,\s*IT\b(?!\s*\p{Ll})/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Netherlands|Nederland|Amsterdam|Rotterdam)(?![\p{L}\p{N}])/u, codes: /,\s*NL\b/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Austria|Österreich|Wien|Vienna)(?![\p{L}\p{N}])/u, codes: /,\s*AT\b(?!\s*\p{Ll})/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Belgium|Belgique|Brussels|Bruxelles)(?![\p{L}\p{N}])/u, codes: /,\s*BE\b(?!\s*\p{Ll})/u, currency: "EUR" },
  { names: /(?<![\p{L}\p{N}])(?:Switzerland|Schweiz|Suisse|Zürich|Zurich|Geneva|Genève)(?![\p{L}\p{N}])/u, codes: /,\s*CH\b/u, currency: "CHF" },
  { names: /(?<![\p{L}\p{N}])(?:Perú|Peru|Lima)(?![\p{L}\p{N}])/u, codes: /,\s*PE\b/u, currency: "PEN" },
  { names: /(?<![\p{L}\p{N}])(?:México|Mexico|CDMX|Guadalajara|Monterrey)(?![\p{L}\p{N}])/u, codes: /,\s*MX\b/u, currency: "MXN" },
  { names: /(?<![\p{L}\p{N}])(?:Brasil|Brazil|São Paulo|Rio de Janeiro)(?![\p{L}\p{N}])/u, codes: /,\s*BR\b/u, currency: "BRL" },
  { names: /(?<![\p{L}\p{N}])(?:Argentina|Buenos Aires)(?![\p{L}\p{N}])/u, codes: /,\s*AR\b(?!\s*\p{Ll})/u, currency: "ARS" },
  { names: /(?<![\p{L}\p{N}])(?:Chile|Santiago de Chile)(?![\p{L}\p{N}])/u, codes: /,\s*CL\b/u, currency: "CLP" },
  { names: /(?<![\p{L}\p{N}])(?:Colombia|Bogotá|Bogota|Medellín)(?![\p{L}\p{N}])/u, codes: /,\s*CO\b(?!\s*\p{Ll})/u, currency: "COP" },
  { names: /(?<![\p{L}\p{N}])(?:Australia|Sydney|Melbourne|Brisbane|Perth)(?![\p{L}\p{N}])/u, codes: /,\s*AU\b/u, currency: "AUD" },
  { names: /(?<![\p{L}\p{N}])(?:Singapore)(?![\p{L}\p{N}])/u, codes: /,\s*SG\b/u, currency: "SGD" },
  { names: /(?<![\p{L}\p{N}])(?:Japan|Tokyo)(?![\p{L}\p{N}])/u, codes: /,\s*JP\b/u, currency: "JPY" },
];

/** Currencies written with a dollar sign besides the US dollar. */
export const dollarCurrencies = new Set(["CAD", "AUD", "SGD", "MXN", "ARS", "CLP", "COP"]);

/** The currency of the country the text names, or null when it names none or several. A place's name says more than a code. */
function currencyIn(text: string): string | null {
  const one = (found: Country[]) => {
    const currencies = new Set(found.map((c) => c.currency));
    return currencies.size === 1 ? [...currencies][0]! : null;
  };
  const named = countries.filter((c) => c.names.test(text));
  return named.length ? one(named) : one(countries.filter((c) => c.codes?.test(text)));
}

/** The posting's country's currency: from its location when that says, else from its text. */
export function postingCurrency(location: string | null, body: string): string | null {
  return (location ? currencyIn(location) : null) ?? currencyIn(body);
}
