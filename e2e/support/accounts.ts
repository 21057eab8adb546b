import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A new hiring account, registered through the real form. Returns its credentials. */
export async function registerHr(page: Page, name = "Hana Recruiter") {
  const email = `hr-${Date.now()}-${++counter}@example.test`;
  const password = "correct-horse-42";
  await page.goto("/register");
  await page.getByLabel("I hire").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Company or team").fill("Acme Analytics");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "HR tools" })).toBeVisible();
  return { email, password };
}

export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
}

/** A new job seeker, registered through the real form. */
export async function registerSeeker(page: Page, name = "Sam Seeker") {
  const email = `seeker-${Date.now()}-${++counter}@example.test`;
  const password = "correct-horse-42";
  await page.goto("/register");
  await page.getByLabel("I'm looking for a job").check();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  return { email, password };
}
