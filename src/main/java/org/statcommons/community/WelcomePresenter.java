package org.statcommons.community;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/**
 * The welcome a new member sees on the community's page for their first two weeks: what to do first (fill in the
 * profile, read the community's pages, introduce themselves, see the meetings ahead), each a link, only those the
 * policy lets them do, the profile ticked once it is filled in.
 */
@Component
class WelcomePresenter {

    /** How long a member counts as new. */
    static final Duration NEW_FOR = Duration.ofDays(14);

    private final Memberships memberships;
    private final Accounts accounts;
    private final Permissions permissions;
    private final Clock clock;

    WelcomePresenter(Memberships memberships, Accounts accounts, Permissions permissions, Clock clock) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The first steps for this person in this community, or none when they are not a new member. */
    Optional<List<NextStep>> present(Actor actor, Community community) {
        if (!actor.signedIn()) {
            return Optional.empty();
        }
        Optional<Membership> membership = memberships.current(community.id(), actor.accountId());
        if (membership.isEmpty()
                || membership.get().joinedAt().isBefore(clock.instant().minus(NEW_FOR))) {
            return Optional.empty();
        }
        Set<Action> allowed = permissions.allowedIn(actor, community.id());
        String base = CommunityAddress.of(community.slug());
        List<NextStep> steps = new ArrayList<>();
        boolean profileDone = accounts.byId(actor.accountId())
                .map(WelcomePresenter::profileFilled)
                .orElse(false);
        steps.add(
                new NextStep(
                        "Fill in your profile",
                        "/account",
                        profileDone,
                        "Your organisation, country, time zone and languages: members find you, and meetings are planned at fair hours for you."));
        if (allowed.contains(Action.VIEW_SPACE)) {
            steps.add(new NextStep(
                    "Read the community's start page",
                    base + "/space",
                    false,
                    "Its pages: what the community works on and how."));
        }
        if (allowed.contains(Action.POST_IN_DISCUSSIONS)) {
            steps.add(new NextStep(
                    "Introduce yourself in Discussions",
                    base + "/discussions/new",
                    false,
                    "Who you are, where you work, what you hope to find or share here."));
        }
        if (allowed.contains(Action.VIEW_MEETINGS)) {
            steps.add(new NextStep("See the meetings ahead", base + "/meetings", false, ""));
        }
        steps.add(new NextStep("Choose what you are told about, and how often", "/account/notifications", false, ""));
        return Optional.of(steps);
    }

    private static boolean profileFilled(Account account) {
        return account.country() != null
                && account.timeZone() != null
                && !account.languages().isEmpty();
    }
}
