/**
 * The invite panel's English, in the invites chunk rather than the first view's script: the
 * chunk adds it to the English catalog when it arrives (addEnglish in ./index.ts).
 */
export const enInvites = {};
