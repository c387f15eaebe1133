import { useEffect, useState } from "preact/hooks";
import { useI18n } from "./i18n-context";

/**
 * Time left until `endsAt`, ticking once a second. Not a live region: a screen reader that
 * announced every second would be unusable, so the text is read when the player reaches it.
 */
export function Countdown({ endsAt, now = Date.now }: { endsAt: Date; now?: () => number }) {
  const i18n = useI18n();
  const [left, setLeft] = useState(() => endsAt.getTime() - now());
  useEffect(() => {
    setLeft(endsAt.getTime() - now());
    const timer = setInterval(() => {
      const ms = endsAt.getTime() - now();
      setLeft(ms);
      if (ms <= 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [endsAt, now]);
  if (left <= 0) return <span class="gs-countdown">{i18n.t("promotionEnded")}</span>;
  return (
    <span class="gs-countdown" role="timer">
      {i18n.t("promotionEndsIn", { time: i18n.duration(left) })}
    </span>
  );
}
