import { describe, expect, it } from "vitest";
import { maskPersonalData } from "@/lib/exit/analysis/mask/mask";

describe("maskPersonalData", () => {
  it("replaces each kind of personal data with its type", () => {
    const email = "kim.tran@example.org";
    const phone = "07700 900777";
    const text = `Email ${email} or call ${phone}; my manager Hollis knows.`;
    const result = maskPersonalData(text);
    expect(result.text).toBe("Email [email] or call [phone]; my manager [name] knows.");
    expect(result.spans).toEqual([
      { type: "email", text: email },
      { type: "phone", text: phone },
      { type: "name", text: "Hollis" },
    ]);
  });
  it("leaves text without personal data unchanged", () => {
    const text = "The canteen in the Leeds office closed in March.";
    expect(maskPersonalData(text)).toEqual({ text, spans: [] });
  });
  it("masks known names everywhere, however they were typed", () => {
    expect(maskPersonalData("thanks to Bo and bo", { knownNames: ["Bo"] }).text).toBe("thanks to [name] and [name]");
  });
});
