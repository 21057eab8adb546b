import { describe, expect, it } from "vitest";
import { answerFixture, interviewFixture } from "@/lib/exit/dashboard/fixtures";
import { applyLabelFilters, listPageSize, listView } from "@/lib/exit/dashboard/select";

describe("applyLabelFilters", () => {
  it("searches names, roles and departments of attributed interviews only", () => {
    const named = interviewFixture({ employeeName: "Ada Quill", mode: "ATTRIBUTED" });
    const confidential = interviewFixture({ employeeName: "Ada Stone", mode: "CONFIDENTIAL" });
    const byRole = interviewFixture({ role: "Quill maker" });
    const ids = applyLabelFilters([named, confidential, byRole], { query: "quill" }).map((i) => i.id);
    expect(ids).toEqual([named.id, byRole.id]);
    expect(applyLabelFilters([confidential], { query: "ada" })).toEqual([]);
  });

  it("filters on the summary's sentiment and themes, or the answers' while it is pending", () => {
    const summarised = interviewFixture({ sentiment: "positive", themes: ["culture"] });
    const pending = interviewFixture({ answers: [answerFixture({ sentiment: "negative", intensity: 3, themes: ["manager"] })] });
    expect(applyLabelFilters([summarised, pending], { sentiment: "negative" }).map((i) => i.id)).toEqual([pending.id]);
    expect(applyLabelFilters([summarised, pending], { theme: "culture" }).map((i) => i.id)).toEqual([summarised.id]);
    expect(applyLabelFilters([summarised, pending], { theme: "manager" }).map((i) => i.id)).toEqual([pending.id]);
  });
});

describe("listView", () => {
  const k = 5;
  const confidential = (n: number) => Array.from({ length: n }, () => interviewFixture({ mode: "CONFIDENTIAL", status: "COMPLETED" }));

  it("shows no confidential row when fewer than k match, and says so", () => {
    const attributed = interviewFixture();
    const view = listView(applyLabelFilters([attributed, ...confidential(k - 1)], {}), k);
    expect(view.anonymousCount).toBeNull();
    expect(view.rows).toEqual([{ kind: "named", interview: expect.objectContaining({ id: attributed.id }) }]);
  });

  it("counts k or more confidential interviews and never lists one on its own", () => {
    const attributed = interviewFixture();
    const view = listView(applyLabelFilters([attributed, ...confidential(k)], {}), k);
    expect(view.anonymousCount).toBe(k);
    expect(view.rows).toEqual([{ kind: "named", interview: expect.objectContaining({ id: attributed.id }) }]);
  });

  it("names a confidential invitation nobody has answered yet, so HR can manage its link", () => {
    const invited = interviewFixture({ mode: "CONFIDENTIAL", status: "INVITED", consentedAt: null, completedAt: null });
    const view = listView(applyLabelFilters([invited], {}), k);
    expect(view.rows).toEqual([{ kind: "named", interview: expect.objectContaining({ id: invited.id }) }]);
  });

  it("pages the rows and keeps the page within range", () => {
    const rows = applyLabelFilters(
      Array.from({ length: listPageSize + 3 }, () => interviewFixture()),
      {},
    );
    expect(listView(rows, k, 2)).toMatchObject({ page: 2, pageCount: 2 });
    expect(listView(rows, k, 2).rows).toHaveLength(3);
    expect(listView(rows, k, 99).page).toBe(2);
  });
});
