package org.statcommons.community;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.statcommons.access.CommunityRole;
import org.statcommons.identity.PersonalDataSource;

/** A person's memberships and roles, as their personal data lists them (docs/identity.md "Your personal data"). */
@Component
class MembershipPersonalData implements PersonalDataSource {

    record Held(
            String community,
            String address,
            CommunityRole role,
            Instant joinedAt,
            LocalDate guestUntil,
            String focalPointCountry,
            int codeOfConductAccepted) {}

    private final Memberships memberships;
    private final Communities communities;

    MembershipPersonalData(Memberships memberships, Communities communities) {
        this.memberships = memberships;
        this.communities = communities;
    }

    @Override
    public String section() {
        return "community";
    }

    @Override
    public Object of(long personId) {
        return memberships.ofAccount(personId).stream()
                .flatMap(m -> communities.byId(m.communityId()).stream()
                        .map(c -> new Held(
                                c.name(),
                                CommunityAddress.of(c.slug()),
                                m.role(),
                                m.joinedAt(),
                                m.guestUntil(),
                                m.focalPointCountry(),
                                m.conductVersion())))
                .toList();
    }
}
