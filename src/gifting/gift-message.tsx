import { useId } from "preact/hooks";
import { useI18n } from "../ui";

/** The longest gift message, in UTF-16 code units as the textarea's maxLength counts them. */
export const GIFT_MESSAGE_LIMIT = 255;
/** From this many characters left, what is left is announced as the player types. */
const NEAR_LIMIT = 20;

interface GiftMessageProps {
  value: string;
  onInput(value: string): void;
}

/**
 * The message to the friends, its limit enforced by maxLength and shown as "12/255". Screen
 * readers hear "243 characters left" with the field, and as they type only near the limit.
 */
export function GiftMessage({ value, onInput }: GiftMessageProps) {
  const i18n = useI18n();
  const id = useId();
  const left = GIFT_MESSAGE_LIMIT - value.length;
  const leftText = i18n.plural("giftMessageLeft", left);
  return (
    <div class="gs-gift-field">
      <label for={id}>{i18n.t("giftMessage")}</label>
      <textarea
        id={id}
        class="gs-gift-input"
        rows={3}
        maxLength={GIFT_MESSAGE_LIMIT}
        value={value}
        aria-describedby={`${id}-left`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <p class="gs-gift-counter" aria-hidden="true">
        {i18n.t("giftMessageCount", {
          used: i18n.number(value.length),
          max: i18n.number(GIFT_MESSAGE_LIMIT),
        })}
      </p>
      <p id={`${id}-left`} class="gs-sr-only">
        {leftText}
      </p>
      <p class="gs-sr-only" aria-live="polite">
        {left <= NEAR_LIMIT ? leftText : ""}
      </p>
    </div>
  );
}
