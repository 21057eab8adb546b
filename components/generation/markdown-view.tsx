import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/** Renders a generated document. Raw HTML in model output is not rendered (react-markdown's default). */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="doc">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{text}</ReactMarkdown>
    </div>
  );
}
