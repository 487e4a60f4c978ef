import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./app-process.ts";
import { signUpWithOrg } from "./flows.ts";

const { app, browser, artifacts } = useAppAndBrowser();

describe("CRM in the browser", () => {
  it("creates a lead, converts it with a deal, wins the deal, and sees it on the contact timeline", async () => {
    const page = await browser().newPage();
    try {
      await signUpWithOrg(page, app().url, "Pipeline Co");

      await page.getByRole("link", { name: "Leads" }).click();
      await page.getByText("No leads yet.").waitFor();
      await page.getByRole("button", { name: "New lead" }).click();
      const form = page.getByRole("form", { name: "New lead" });
      await form.getByLabel("Name").fill("Jane Doe");
      await form.getByLabel("Email").fill("jane@acme.example");
      await form.getByLabel("Company").fill("Acme Corp");
      await form.getByRole("button", { name: "Save lead" }).click();

      const row = page.locator('tr[data-lead="jane@acme.example"]');
      await row.getByRole("button", { name: "Edit" }).click();
      const edit = page.getByRole("form", { name: "Edit Jane Doe" });
      await edit.getByLabel("Status").selectOption("qualified");
      await edit.getByRole("button", { name: "Save changes" }).click();
      await row.getByText("qualified").waitFor();

      await row.getByRole("button", { name: "Convert" }).click();
      await row.getByLabel("Deal value").fill("15000");
      await row.getByRole("button", { name: "Convert lead" }).click();

      // Conversion lands on the new contact's page.
      await page.getByRole("heading", { name: "Jane Doe" }).waitFor();
      await page.locator('[data-event="lead.converted"]').waitFor();

      await page.getByRole("link", { name: "Deals" }).click();
      const card = page.locator('[data-deal="Acme Corp"]');
      await card.waitFor();
      expect(await card.textContent()).toContain("$15,000.00");
      await card.getByRole("button", { name: "Won" }).click();
      await page.locator('[data-stage="won"] [data-deal="Acme Corp"]').waitFor();

      await page.locator('[data-stage="won"] [data-deal="Acme Corp"]').getByRole("link", { name: "Jane Doe" }).click();
      const won = page.locator('[data-event="deal.won"]');
      await won.waitFor();
      expect(await won.textContent()).toContain("Deal “Acme Corp” won ($15,000.00)");

      await page.getByRole("button", { name: "Log activity" }).click();
      await page.getByLabel("Subject").fill("Kick-off call booked");
      await page.getByRole("button", { name: "Save" }).click();
      await page.locator('[data-activity="note"]').waitFor();

      const timeline = await page.getByRole("list", { name: "Timeline" }).locator("li").allTextContents();
      expect(timeline[0]).toContain("Kick-off call booked");
      expect(timeline[1]).toContain("won");
      await page.screenshot({ path: join(artifacts, "crm-contact-timeline.png"), fullPage: true });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, "crm-failure.png"), fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
