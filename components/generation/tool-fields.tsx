"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { controlClass, Field } from "@/components/ui/field";
import type { FieldSpec } from "@/lib/tools/fields";

/** Draws a tool's form from its field list in the registry. */
export function ToolFields({ fields, register, errors }: { fields: FieldSpec[]; register: UseFormRegister<Record<string, unknown>>; errors: FieldErrors }) {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {fields.map((field) => {
        const error = errors[field.name]?.message as string | undefined;
        const describedBy = [field.help ? `${field.name}-help` : "", error ? `${field.name}-error` : ""].filter(Boolean).join(" ") || undefined;
        const common = { id: field.name, "aria-invalid": !!error, "aria-describedby": describedBy, className: controlClass, ...register(field.name) };
        return (
          <div key={field.name} className={field.half ? "" : "sm:col-span-2"}>
            <Field id={field.name} label={field.label} help={field.help} error={error} required={field.required}>
              {field.kind === "textarea" ? (
                <textarea rows={4} placeholder={field.placeholder} {...common} />
              ) : field.kind === "select" ? (
                <select {...common}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  type={field.kind === "date" ? "date" : "text"}
                  inputMode={field.kind === "number" ? "numeric" : undefined}
                  placeholder={field.placeholder}
                  aria-required={field.required}
                  {...common}
                />
              )}
            </Field>
          </div>
        );
      })}
    </div>
  );
}
