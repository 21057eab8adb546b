import { Document, Font, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { plainText, type Block, type Run } from "@/lib/documents/markdown-blocks";
import type { PdfTemplate } from "@/lib/tools/registry";

// Fonts ship with the app (public/fonts), so PDFs render offline and cover accented Latin, Greek and
// Cyrillic. Each document gets its own registration of them: @react-pdf reuses a font's glyph subset
// across documents, and after one document with many glyphs (Greek, Cyrillic) later documents came
// out with wrong characters. (Its Font.reset() does not reload fonts in this version.)
let documentCount = 0;
function registerFontsForOneDocument(origin: string): string {
  const family = `DejaVu Sans ${++documentCount}`;
  Font.register({
    family,
    fonts: [
      { src: `${origin}/fonts/DejaVuSans.ttf` },
      { src: `${origin}/fonts/DejaVuSans-Bold.ttf`, fontWeight: 700 },
      { src: `${origin}/fonts/DejaVuSans-Oblique.ttf`, fontStyle: "italic" },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  return family;
}

const styles = StyleSheet.create({
  // No lineHeight on the page: inherited by the page-number text, it stops that text from drawing.
  page: { fontSize: 10.5, paddingTop: 56, paddingBottom: 64, paddingHorizontal: 56, color: "#1f2328" },
  header: { borderBottomWidth: 1, borderBottomColor: "#c9ccd1", paddingBottom: 10, marginBottom: 16 },
  kicker: { fontSize: 9, fontWeight: 700, color: "#1e3a8a" },
  subtitle: { fontSize: 10, color: "#4b5563", marginTop: 2 },
  h1: { fontSize: 20, fontWeight: 700, marginBottom: 8, color: "#111827" },
  h2: { fontSize: 13.5, fontWeight: 700, marginTop: 14, marginBottom: 5, color: "#1e3a8a" },
  h3: { fontSize: 11.5, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 6, lineHeight: 1.45 },
  listItem: { flexDirection: "row", marginBottom: 3, paddingLeft: 4 },
  bullet: { width: 14 },
  itemText: { flex: 1, lineHeight: 1.45 },
  quote: { borderLeftWidth: 2, borderLeftColor: "#c9ccd1", paddingLeft: 8, color: "#374151", marginBottom: 6, lineHeight: 1.45 },
  rule: { borderBottomWidth: 1, borderBottomColor: "#e5e7eb", marginVertical: 8 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#c9ccd1" },
  cell: { flex: 1, padding: 3 },
  letterhead: { borderBottomWidth: 2, borderBottomColor: "#1e3a8a", paddingBottom: 10, marginBottom: 20 },
  letterheadName: { fontSize: 16, fontWeight: 700, color: "#1e3a8a" },
  letterheadAddress: { fontSize: 9, color: "#4b5563", marginTop: 3 },
  notesLabel: { fontStyle: "italic", marginBottom: 3 },
  notesBox: { height: 72, borderWidth: 0.75, borderColor: "#9ca3af", borderRadius: 3, marginBottom: 8 },
  footerLeft: { position: "absolute", bottom: 28, left: 56, fontSize: 8, color: "#6b7280" },
  // Render-prop text is laid out before its content exists, so it needs an explicit width.
  pageNumber: { position: "absolute", bottom: 28, left: 56, right: 56, textAlign: "right", fontSize: 8, color: "#6b7280" },
});

function Runs({ runs }: { runs: Run[] }) {
  return runs.map((run, i) => (
    <Text key={i} style={{ fontWeight: run.bold ? 700 : 400, fontStyle: run.italic ? "italic" : "normal", backgroundColor: run.code ? "#f3f4f6" : undefined }}>
      {run.text}
    </Text>
  ));
}

function BlockView({ block, template }: { block: Block; template: PdfTemplate }) {
  switch (block.kind) {
    case "heading": {
      const style = block.level === 1 ? styles.h1 : block.level === 2 ? styles.h2 : styles.h3;
      return (
        <Text style={style} minPresenceAhead={40}>
          <Runs runs={block.runs} />
        </Text>
      );
    }
    case "paragraph": {
      const text = plainText(block.runs);
      if (template === "sheet" && /^\s*$/.test(text)) return null; // blank lines become the notes box below
      if (template === "sheet" && text.startsWith("Notes:")) {
        // A printed interview sheet needs room to write by hand.
        return (
          <View wrap={false}>
            <Text style={styles.notesLabel}>Notes</Text>
            <View style={styles.notesBox} />
          </View>
        );
      }
      return (
        <Text style={styles.paragraph}>
          <Runs runs={block.runs} />
        </Text>
      );
    }
    case "quote":
      return (
        <Text style={styles.quote}>
          <Runs runs={block.runs} />
        </Text>
      );
    case "rule":
      return <View style={styles.rule} />;
    case "list":
      return (
        <View style={{ marginBottom: 6 }}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.listItem} wrap={false}>
              <Text style={styles.bullet}>{block.ordered ? `${i + 1}.` : "•"}</Text>
              <Text style={styles.itemText}>
                <Runs runs={item} />
              </Text>
            </View>
          ))}
        </View>
      );
    case "table":
      return (
        <View style={{ marginBottom: 8 }}>
          {[block.header, ...block.rows].map((cells, r) => (
            <View key={r} style={styles.row} wrap={false}>
              {cells.map((cell, c) => (
                <Text key={c} style={[styles.cell, r === 0 ? { fontWeight: 700 } : {}]}>
                  <Runs runs={cell} />
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
  }
}

export type DocumentPdfProps = { origin: string; template: PdfTemplate; kicker: string; subtitle: string; title: string; blocks: Block[]; footer: string };

/**
 * The document templates: a running header, the document's sections, and numbered pages. Letters
 * carry a letterhead (company name and address) on the first page instead of the running header;
 * sheets leave boxes for handwritten notes.
 */
export function DocumentPdf({ origin, template, kicker, subtitle, title, blocks, footer }: DocumentPdfProps) {
  const fontFamily = registerFontsForOneDocument(origin);
  const [company, ...address] = subtitle.split(" · ");
  return (
    <Document title={title} creator="HR Copilot" producer="HR Copilot">
      <Page size="A4" style={[styles.page, { fontFamily }]}>
        {template === "letter" ? (
          <View style={styles.letterhead}>
            <Text style={styles.letterheadName}>{company}</Text>
            {address.length ? <Text style={styles.letterheadAddress}>{address.join(" · ")}</Text> : null}
          </View>
        ) : (
          <View style={styles.header} fixed>
            <Text style={styles.kicker}>{kicker}</Text>
            {subtitle ? <Text style={styles.subtitle}>{subtitle}</Text> : null}
          </View>
        )}
        {blocks.map((block, i) => (
          <BlockView key={i} block={block} template={template} />
        ))}
        <Text style={styles.footerLeft} fixed>
          {footer}
        </Text>
        <Text style={styles.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </Page>
    </Document>
  );
}
