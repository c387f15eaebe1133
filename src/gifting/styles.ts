/** The picker's own rules, adopted into the store's shadow root when its chunk arrives. */
export const giftStyles = "";
