export { Button } from "./button";
export { Countdown } from "./countdown";
export { I18nContext, useI18n } from "./i18n-context";
export { Price } from "./price";
export { ProductImage } from "./product-image";
export { SectionError } from "./section-error";
export { Skeleton } from "./skeleton";
export { Tree, type TreeNode } from "./tree";
export { useSignal } from "./use-signal";
