import { Fragment, type ReactNode } from "react";
import { markdownToBlocks, type Block, type Run } from "@/lib/documents/markdown-blocks";

// A document is drawn from the same blocks as its PDF and DOCX, so screen and files agree. Their
// parser reads a document in time linear in its length; the history page renders stored documents
// on the server at every view.

function runView(run: Run): ReactNode {
  // Line breaks stay in the text; the view shows them (white-space: pre-line) without an element each.
  let node: ReactNode = run.text;
  if (run.code) node = <code>{node}</code>;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  return node;
}

// Plain text stays a string, not an element: a long document has one node per item, not three.
const runsOf = (runs: Run[]): ReactNode => (runs.length === 1 ? runView(runs[0]!) : runs.map((run, i) => <Fragment key={i}>{runView(run)}</Fragment>));

function blockView(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case "heading": {
      const Heading = `h${Math.min(block.level, 6)}` as "h1";
      return <Heading key={key}>{runsOf(block.runs)}</Heading>;
    }
    case "paragraph":
      return <p key={key}>{runsOf(block.runs)}</p>;
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={key}>
          {block.items.map((item, i) => (
            <li key={i}>{runsOf(item)}</li>
          ))}
        </List>
      );
    }
    case "quote":
      return (
        <blockquote key={key}>
          <p>{runsOf(block.runs)}</p>
        </blockquote>
      );
    case "rule":
      return <hr key={key} />;
    case "table":
      return (
        <table key={key}>
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i}>{runsOf(cell)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{runsOf(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** Renders a generated document. Raw HTML in it is shown as text, never as markup. */
export function MarkdownView({ text }: { text: string }) {
  return <div className="doc whitespace-pre-line">{markdownToBlocks(text).map(blockView)}</div>;
}
