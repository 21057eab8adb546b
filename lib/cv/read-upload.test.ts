import { describe, expect, it } from "vitest";
import { cvUploadLimits, defaultCvName, readCvUpload } from "@/lib/cv/read-upload";
import { getEnv } from "@/lib/env";

const upload = (form: FormData) => readCvUpload(new Request("http://localhost/upload", { method: "POST", body: form }), { userId: "no-user" });

describe("reading a CV upload", () => {
  it("names a CV after its file, without the extension", () => {
    expect(defaultCvName("Jane Smith.PDF")).toBe("Jane Smith");
    expect(defaultCvName("cv.final.docx")).toBe("cv.final");
    expect(defaultCvName("notes.txt")).toBe("notes.txt");
    expect(defaultCvName(null)).toBe("CV");
    expect(defaultCvName(`${"a".repeat(300)}.pdf`)).toHaveLength(120);
  });

  it("asks for a file when the form has none", async () => {
    const form = new FormData();
    form.set("name", "No file");
    await expect(upload(form)).rejects.toMatchObject({ code: "bad_request:cv", message: expect.stringContaining("PDF or DOCX") });
  });

  it("refuses a file over the limit before reading it, and allows the form room beyond the file", async () => {
    const limitBytes = getEnv().UPLOAD_MAX_MB * 1024 * 1024;
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(limitBytes + 1)]), "huge.pdf");
    await expect(upload(form)).rejects.toMatchObject({ code: "too_large:input", message: expect.stringContaining(`${getEnv().UPLOAD_MAX_MB} MB`) });
    expect(cvUploadLimits().maxBodyBytes).toBeGreaterThan(limitBytes);
  });
});
