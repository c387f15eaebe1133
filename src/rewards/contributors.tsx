import type { Contributor } from "../api";
import { Skeleton, useI18n } from "../ui";
import { PartError } from "./part-error";
import type { Part } from "./state";

interface ContributorsProps {
  chainName: string;
  points: string;
  /** The contributors as the chain list gave them, shown while the call for them runs. */
  listed: Contributor[];
  part: Part<Contributor[]> | undefined;
  onRetry(): void;
}

/** A clan chain's top contributors, each with the points they gave. */
export function Contributors({ chainName, points, listed, part, onRetry }: ContributorsProps) {
  const i18n = useI18n();
  if (part?.kind === "failed") {
    return (
      <PartError
        title={i18n.t("rewardContributorsFailed", { name: chainName })}
        error={part.error}
        retryLabel={i18n.t("rewardRetryContributors", { name: chainName })}
        onRetry={onRetry}
      />
    );
  }
  const people = part?.kind === "ready" ? part.value : listed;
  return (
    <div class="gs-reward-contributors">
      <p class="gs-reward-subtitle">{i18n.t("rewardContributors")}</p>
      {people.length > 0 ? (
        <ol class="gs-reward-people">
          {people.map((person, index) => (
            // Names may repeat between clan members; the rank keeps keys apart.
            <li key={`${index}:${person.name}`} class="gs-reward-person">
              <span class="gs-reward-person-name">{person.name}</span>
              <span class="gs-reward-person-points">
                {i18n.t("rewardBalance", { amount: i18n.number(person.amount), points })}
              </span>
            </li>
          ))}
        </ol>
      ) : part?.kind === "loading" ? (
        <Skeleton count={1} lines />
      ) : (
        <p class="gs-empty">{i18n.t("rewardNoContributors")}</p>
      )}
    </div>
  );
}
