import { controlClass } from "@/components/ui/field";
import type { ModelOption } from "@/lib/ai/health";

/** Lists every model; unreachable or unconfigured ones stay visible but cannot be chosen. */
export function ModelPicker({
  models,
  value,
  onChange,
  disabled,
}: {
  models: ModelOption[];
  value: string;
  onChange: (id: string) => void;
  disabled?: boolean;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="model" className="text-sm font-medium">
        Model
      </label>
      <select id="model" className={controlClass} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {models.map((m) => (
          <option key={m.id} value={m.id} disabled={!m.available}>
            {m.label}
            {m.note ? ` (${m.note})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
