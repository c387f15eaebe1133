import { useEffect, useState } from "preact/hooks";
import { useI18n } from "../ui";

/** The clock, read again each second while `until` is ahead, and not at all without it. */
function useNow(until: Date | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!until) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= until.getTime()) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return now;
}

/**
 * How long the chain still runs ("Ends in 2d 04:10:05", or that it has ended) and, for a
 * recurring chain, when its progress resets. The countdown is a timer, not a live region: a
 * screen reader announcing every second would be unusable, so it is read when reached.
 */
export function ChainTiming({ endsAt, resetsAt }: { endsAt: Date | null; resetsAt: Date | null }) {
  const i18n = useI18n();
  const now = useNow(endsAt);
  if (!endsAt && !resetsAt) return null;
  const left = endsAt ? endsAt.getTime() - now : null;
  return (
    <p class="gs-reward-timing">
      {left !== null &&
        (left > 0 ? (
          <span class="gs-countdown" role="timer">
            {i18n.t("rewardEndsIn", { time: i18n.duration(left) })}
          </span>
        ) : (
          <span class="gs-reward-ended">{i18n.t("rewardEnded")}</span>
        ))}
      {resetsAt && <span>{i18n.t("rewardResets", { date: i18n.date(resetsAt) })}</span>}
    </p>
  );
}
