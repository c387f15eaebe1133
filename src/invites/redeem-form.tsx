import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useI18n } from "../ui";
import type { RedeemNotice } from "./state";

interface RedeemFormProps {
  campaignId: string;
  /** This campaign's redemption is running. */
  /** The campaign's heading: with the form's own, it names the form (one per campaign). */
  campaignTitleId: string;
  busy: boolean;
  /** A redemption is running somewhere in the panel: one at a time. */
  blocked: boolean;
  notice: RedeemNotice | null;
  /** The player joined this campaign with a friend's code: the form is gone for good. */
  joined: boolean;
  onRedeem(input: string): Promise<void>;
}

/** "Have a friend's code?": a field and Redeem code, and what came of it in a live region. */
export function RedeemForm(props: RedeemFormProps) {
  const { busy, blocked, notice, joined, onRedeem } = props;
  const i18n = useI18n();
  const [value, setValue] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const fieldId = useId();
  const noticeId = useId();
  const fieldError = notice?.tone === "field";

  // A refused entry sends the player back to the field, whose description says why.
  useEffect(() => {
    if (fieldError) input.current?.focus();
  }, [notice]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (blocked) return;
    await onRedeem(value);
  };

  return (
    <div class="gs-invite-part">
      <h4 class="gs-invite-subtitle" id={headingId}>
        {i18n.t("inviteFriendCode")}
      </h4>
      {joined ? (
        <p class="gs-invite-joined">{i18n.t("inviteJoined")}</p>
      ) : (
        <form
          class="gs-invite-form"
          aria-labelledby={`${headingId} ${props.campaignTitleId}`}
          onSubmit={submit}
          noValidate
        >
          <label class="gs-invite-label" for={fieldId}>
            {i18n.t("inviteField")}
          </label>
          <div class="gs-invite-form-row">
            <input
              ref={input}
              id={fieldId}
              class="gs-invite-input"
              name="invite-code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              translate={false}
              value={value}
              onInput={(event) => setValue(event.currentTarget.value)}
              aria-invalid={fieldError || undefined}
              aria-describedby={fieldError ? noticeId : undefined}
            />
            <button
              type="submit"
              class="gs-button"
              aria-disabled={blocked || undefined}
              aria-busy={busy || undefined}
            >
              {busy && <span class="gs-spinner" aria-hidden="true" />}
              {i18n.t("inviteRedeem")}
            </button>
          </div>
        </form>
      )}
      {/* Always in the page, so what appears in it is announced. */}
      <p class="gs-invite-notice" id={noticeId} role="status" data-tone={notice?.tone}>
        {notice?.text(i18n)}
      </p>
    </div>
  );
}
