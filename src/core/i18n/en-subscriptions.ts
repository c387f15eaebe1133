/**
 * The "My subscriptions" section's English, in the account view's chunk rather than the first
 * view's script: the chunk adds it to the English catalog when it arrives (addEnglish).
 */
export const enSubscriptions = {
  subsTitle: "My subscriptions",
  subsSignIn: "Sign in to see your subscriptions.",
  subsLoading: "Loading your subscriptions…",
  subsLoadFailed: "Your subscriptions could not be loaded.",
  subsReload: "Reload my subscriptions",
  subsEmpty: "You have no subscriptions. Plans you subscribe to in the store show up here.",
  subsStatusActive: "Active, renews automatically",
  subsStatusNonRenewing: "Active, auto-renewal off",
  subsStatusCanceled: "Canceled",
  subsStatusPaused: "Paused",
  subsStatusNew: "Waiting for payment",
  subsStatus: "Status: {status}",
  subsNextCharge: "Next charge: {date}",
  subsEndsOn: "Ends on {date}",
  subsEndedOn: "Ended on {date}",
  subsPrice: "Price: {price}",
  subsCancel: "Cancel {name}",
  subsStopRenewal: "Turn off auto-renewal for {name}",
  subsCancelTitle: "Cancel {name}?",
  subsCancelText:
    "{name} ends now: its benefits stop today and you will not be charged for it again. This cannot be undone.",
  subsStopTitle: "Turn off auto-renewal for {name}?",
  subsStopTextDate:
    "{name} stays active until {date}, then ends. You will not be charged for it again.",
  subsStopText:
    "{name} stays active until the end of the period you paid for, then ends. You will not be charged for it again.",
  subsConfirmCancel: "Cancel subscription",
  subsConfirmStop: "Turn off auto-renewal",
  subsKeep: "Keep subscription",
  subsCanceled: "{name} is canceled.",
  subsStopped: "Auto-renewal is off for {name}.",
  subsCancelFailed: "Couldn't cancel {name}. {reason}",
  subsStopFailed: "Couldn't turn off auto-renewal for {name}. {reason}",
  subsRetry: "Try again",
};
