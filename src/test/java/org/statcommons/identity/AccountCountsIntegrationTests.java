package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.PlatformRole;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * Several lists of people counted by organisation kind and country in one query give each list's counts exactly as
 * counting that list alone does: people in both lists, a person twice in one list, an empty list.
 */
@StatCommonsIntegrationTest
class AccountCountsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Test
    void listsCountedTogetherCountAsEachAlone() {
        Account fiji = fixtures.account("Count Fiji", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Account fiji2 = fixtures.account("Count Fiji too", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Account samoa = fixtures.account("Count Samoa", "WS", "CIVIL_SOCIETY", PlatformRole.NONE);
        Account tonga = fixtures.account("Count Tonga", "TO", "ACADEMIA", PlatformRole.NONE);
        List<Long> atEnd = List.of(fiji.id(), fiji2.id(), samoa.id(), tonga.id(), fiji.id());
        List<Long> joined = List.of(samoa.id(), fiji2.id());
        List<Long> none = List.of();

        List<List<Accounts.KindAndCountry>> together = accounts.countByKindAndCountry(List.of(atEnd, none, joined));

        List<List<Accounts.KindAndCountry>> alone = new ArrayList<>();
        for (List<Long> list : List.of(atEnd, none, joined)) {
            alone.add(accounts.countByKindAndCountry(new HashSet<>(list)));
        }
        assertThat(together).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(together.get(i)).containsExactlyInAnyOrderElementsOf(alone.get(i));
        }
        assertThat(together.get(0))
                .contains(new Accounts.KindAndCountry(OrganisationKind.NATIONAL_STATISTICAL_OFFICE, "FJ", 2));
        assertThat(together.get(1)).isEmpty();
        assertThat(accounts.countByKindAndCountry(List.of(none))).containsExactly(List.of());
    }
}
