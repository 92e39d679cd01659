package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.CpuTime;

/** The administrator's list of domains reserved for organisation sign-in, read at its limits. */
class SetOrganisationDomainsTests {

    @Test
    void domainsAreReadLowerCasedOnceEachWithOrWithoutTheirAt() {
        assertThat(SetOrganisationDomains.parse(" @Stats.Example.org, stats.example.org\nxn--nsi-9la.ws;nso.gov.fj "))
                .containsExactly("stats.example.org", "xn--nsi-9la.ws", "nso.gov.fj");
        assertThat(SetOrganisationDomains.parse("")).isEmpty();
        assertThat(SetOrganisationDomains.parse(null)).isEmpty();
    }

    @Test
    void whatIsNoDomainIsNamedAndNothingIsKept() {
        for (String bad :
                new String[] {"localhost", "../etc/passwd", "-a.org", "a-.org", "a..org", "ä.org", "a.org/x"}) {
            assertThatThrownBy(() -> SetOrganisationDomains.parse("stats.example.org " + bad))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
        String tooMany = IntStream.rangeClosed(0, SetOrganisationDomains.MAX_DOMAINS)
                .mapToObj(i -> "d" + i + ".example.org")
                .collect(Collectors.joining(" "));
        assertThatThrownBy(() -> SetOrganisationDomains.parse(tooMany)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void inputBuiltToBeSlowIsRefusedQuickly() {
        // the form's size of names that almost match (each of the longest labels, backtracking at the name's end), one
        // endless label, dots alone, and one character over the form's size
        String almost = (("a" + "-".repeat(60) + "a.").repeat(4) + " ").repeat(39);
        String endless = "a".repeat(9_999);
        String dots = ".".repeat(9_999);
        CpuTime.Measured<Integer> refused = CpuTime.of(() -> {
            int count = 0;
            for (String typed : new String[] {almost, endless, dots, "x".repeat(10_001)}) {
                try {
                    SetOrganisationDomains.parse(typed);
                } catch (InvalidInputException e) {
                    count++;
                }
            }
            return count;
        });
        assertThat(refused.result()).isEqualTo(4);
        assertThat(refused.cpu()).isLessThan(Duration.ofMillis(500));
    }
}
