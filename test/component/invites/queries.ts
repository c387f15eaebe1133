import { screen } from "@testing-library/preact";

/** A campaign's part of the panel, found by its title (its heading). */
export function campaignPart(title: string): HTMLElement {
  const part = screen.getByRole("heading", { level: 3, name: title }).closest("li");
  if (!part) throw new Error(`no part for ${title}`);
  return part;
}

export const SEED = "초대 코드 발급_행동_설치(초대 2, 수락 3, 제한 2)";
export const SQUAD = "Bring your squad";
