import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "playwright-report/**", "test-results/**", "next-env.d.ts", ".workers/**"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Imports run one way, app → components → lib. A client component may import a server action
    // from app/**/actions (that import is only a reference to an endpoint), and nothing else from app/.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^@/app/(?!.*/actions$)", message: "Components may import server actions from app/**/actions, nothing else from app/." }] },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^@/(app|components)/", message: "lib/ imports nothing from app/ or components/." }] }],
    },
  },
  {
    files: ["**/*.tsx"],
    rules: {
      // A form without a method is submitted as GET when the page has not hydrated yet (a slow
      // network, a script error), which puts whatever was typed, passwords included, in the URL.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='method']))",
          message: 'Give every <form> a method: method="post", or method="get" for a search that belongs in the URL.',
        },
      ],
    },
  },
  {
    // Pasted postings, CVs and edited documents reach these patterns on the server, where one slow
    // match stalls every other request: a pattern must run in time linear in its input. "potential"
    // also reports patterns whose worst case depends on how they are used, sticky and partial
    // patterns (fragments joined into bigger ones, matches from a given position) included.
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignoreSticky: false, ignorePartial: false }],
      "regexp/no-misleading-capturing-group": ["error", { reportBacktrackingEnds: true }],
      // Alternatives that overlap inside a repetition backtrack exponentially.
      "regexp/no-dupe-disjunctions": "error",
    },
  },
];

export default config;
