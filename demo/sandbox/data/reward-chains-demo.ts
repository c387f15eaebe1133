/**
 * The demo game's reward chains (CONTRACTS.md section 3, seed 000): what buying earns and what
 * the points unlock. Three chains show what a panel has to render: "Starfall Trail" ends in a
 * few days (a countdown), "Rift Patrol" starts again every week, and "Vanguard Siege" is
 * shared by the player's guild. Each has its own value point. Step rewards are catalog items,
 * so a claim shows in the player's inventory ("Your items" on the demo page).
 */
import type { DemoClan, Localized, RewardChain, ValuePoint } from "./catalog-types";

const en = (text: string): Localized => ({ en: text });
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const STAR_POINTS = "star-points";
export const PATROL_MARKS = "patrol-marks";
export const GUILD_CRESTS = "guild-crests";

export const demoValuePoints: ValuePoint[] = [
  {
    sku: STAR_POINTS,
    name: { en: "Star Points", zh: "星辰点数", ja: "スターポイント", ko: "스타 포인트" },
    description: en("Earned with every Starfall purchase."),
    longDescription: null,
    isClan: false,
  },
  {
    sku: PATROL_MARKS,
    name: en("Patrol Marks"),
    description: en("Earned with gear and supplies; they start again every Monday."),
    longDescription: null,
    isClan: false,
  },
  {
    sku: GUILD_CRESTS,
    name: en("Guild Crests"),
    description: en("Value points for the guild's reward chain."),
    longDescription: en("Every crest a member earns counts for the whole guild."),
    isClan: true,
  },
];

export const demoRewardChains: RewardChain[] = [
  {
    rewardChainId: 101,
    name: { en: "Starfall Trail", zh: "星落之路", ja: "スターフォールの道", ko: "별똥별의 길" },
    description: en("Buy during the Starfall Festival and follow the trail of rewards."),
    longDescription: en("Every purchase with Star Points brings the next reward closer."),
    order: 1,
    valuePoint: STAR_POINTS,
    startedBeforeMs: 5 * DAY_MS,
    // Before the promotion's end (3 days 5 hours), so the two countdowns differ.
    endsAfterMs: 2 * DAY_MS + 7 * HOUR_MS,
    recurrence: null,
    clanType: null,
    popupHeader: null,
    popupInstruction: null,
    steps: [
      {
        stepId: 1,
        name: en("First Spark"),
        price: 50,
        reward: [{ sku: "potion-health", quantity: 3 }],
      },
      {
        stepId: 2,
        name: en("Rising Star"),
        price: 150,
        reward: [{ sku: "xp-booster", quantity: 2 }],
      },
      {
        stepId: 3,
        name: en("Shooting Star"),
        price: 300,
        reward: [{ sku: "bow-elven", quantity: 1 }],
      },
      {
        stepId: 4,
        name: en("Supernova"),
        price: 600,
        reward: [
          { sku: "skin-frost-warden", quantity: 1 },
          { sku: "repair-kit", quantity: 5 },
        ],
      },
    ],
  },
  {
    rewardChainId: 102,
    name: en("Rift Patrol"),
    description: en("A weekly patrol: earn Patrol Marks before Monday, when it starts again."),
    longDescription: null,
    order: 2,
    valuePoint: PATROL_MARKS,
    startedBeforeMs: 30 * DAY_MS,
    endsAfterMs: null,
    recurrence: "weekly",
    clanType: null,
    popupHeader: null,
    popupInstruction: null,
    steps: [
      { stepId: 1, name: en("Scout"), price: 20, reward: [{ sku: "potion-mana", quantity: 2 }] },
      { stepId: 2, name: en("Ranger"), price: 60, reward: [{ sku: "repair-kit", quantity: 5 }] },
      { stepId: 3, name: en("Warden"), price: 120, reward: [{ sku: "emote-salute", quantity: 1 }] },
    ],
  },
  {
    rewardChainId: 103,
    name: en("Vanguard Siege"),
    description: en(
      "The whole guild earns Guild Crests together; every member claims the rewards.",
    ),
    longDescription: en("Crests from every member's purchases count towards the guild's siege."),
    order: 3,
    valuePoint: GUILD_CRESTS,
    startedBeforeMs: 10 * DAY_MS,
    endsAfterMs: 20 * DAY_MS,
    recurrence: null,
    clanType: "guild",
    popupHeader: en("How to unlock guild rewards"),
    popupInstruction: en(
      "Every Guild Crest a member of your guild earns counts for the whole guild. Each member claims the rewards for themselves.",
    ),
    steps: [
      {
        stepId: 1,
        name: en("Banner Raised"),
        price: 500,
        reward: [{ sku: "emote-victory-dance", quantity: 1 }],
      },
      {
        stepId: 2,
        name: en("Walls Breached"),
        price: 1000,
        reward: [{ sku: "helm-void-visor", quantity: 1 }],
      },
      {
        stepId: 3,
        name: en("Citadel Taken"),
        price: 2000,
        reward: [{ sku: "skin-abyss-lord", quantity: 1 }],
      },
    ],
  },
];

/** The guild every player is in, and its members who are not players of the sandbox. */
export const demoClan: DemoClan = {
  name: "Starfall Vanguard",
  others: [
    { name: "Rabbit", contributed: { [GUILD_CRESTS]: 420 } },
    { name: "Rocket", contributed: { [GUILD_CRESTS]: 310 } },
    { name: "Rain", contributed: { [GUILD_CRESTS]: 120 } },
  ],
};

/**
 * Where the demo player (demo-player-1) stands when the sandbox starts, so the demo page shows
 * every step state at once: First Spark claimed, Rising Star ready, the rest locked; Scout ready.
 */
export const demoPlayerProgress = {
  points: { [STAR_POINTS]: 160, [PATROL_MARKS]: 30 } as Record<string, number>,
  claimed: { 101: [1] } as Record<number, number[]>,
};
