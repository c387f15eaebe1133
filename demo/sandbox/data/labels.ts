/** Texts the emulated services localize themselves: advertisement labels. */

import { localize } from "./catalog";
import type { AdLabel, AdLabelType, Localized } from "./catalog-types";

const LABEL_NAMES: Record<AdLabelType, Localized> = {
  recommended: { en: "Recommended", zh: "推荐", ja: "おすすめ", ko: "추천" },
  best_deal: { en: "Best Deal", zh: "超值", ja: "お得", ko: "최고의 거래" },
  special_offer: { en: "Special Offer", zh: "特惠", ja: "特別オファー", ko: "특별 할인" },
};

export function labelName(label: AdLabel, language: string): string {
  return localize(label.name ?? LABEL_NAMES[label.type], language);
}
