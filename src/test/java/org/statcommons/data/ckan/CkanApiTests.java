package org.statcommons.data.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/** package_search's {@code fq} read at the edge: terms as CKAN writes them, and hostile ones refused fast by name. */
class CkanApiTests {

    @Test
    void termsAreReadQuotedOrNot() {
        assertThat(CkanApi.filters(
                        " organization:statistics-office +tags:\"labour \\\"force\\\"\" license_id:CC-BY-4.0 "))
                .containsExactly(
                        new CkanApi.Filter("organization", "statistics-office"),
                        new CkanApi.Filter("tags", "labour \"force\""),
                        new CkanApi.Filter("license_id", "CC-BY-4.0"));
        assertThat(CkanApi.filters("")).isEmpty();
    }

    @Test
    void hostileFiltersAtTheLimitAreRefusedByNameWithinLittleProcessorTime() {
        String unclosed = "tags:\"" + "\\a".repeat((CkanApi.FQ_MAX - 6) / 2);
        String openQuoteThenWords = "tags:\"" + "a:b ".repeat((CkanApi.FQ_MAX - 6) / 4);
        String noColon = "a".repeat(CkanApi.FQ_MAX);
        String manyTerms = "tags:x ".repeat(CkanApi.FQ_MAX / 7);
        for (String fq : List.of(unclosed, openQuoteThenWords, noColon)) {
            assertThat(fq.length()).isLessThanOrEqualTo(CkanApi.FQ_MAX);
            var measured = CpuTime.of(() -> {
                assertThatThrownBy(() -> CkanApi.filters(fq)).isInstanceOfSatisfying(CkanApi.CkanError.class, e -> {
                    assertThat(e.status).isEqualTo(400);
                    assertThat(String.valueOf(e.error.get("message"))).contains("cannot read fq near");
                });
                return fq;
            });
            assertThat(measured.cpu()).isLessThan(Duration.ofMillis(500));
        }
        var many = CpuTime.of(() -> CkanApi.filters(manyTerms));
        assertThat(many.result()).hasSize(CkanApi.FQ_MAX / 7);
        assertThat(many.cpu()).isLessThan(Duration.ofMillis(500));
        assertThatThrownBy(() -> CkanApi.filters("x".repeat(CkanApi.FQ_MAX + 1)))
                .isInstanceOfSatisfying(
                        CkanApi.CkanError.class,
                        e -> assertThat(String.valueOf(e.error.get("message"))).contains("fq is longer than"));
        assertThatThrownBy(() -> CkanApi.filters("-tags:x"))
                .isInstanceOfSatisfying(
                        CkanApi.CkanError.class,
                        e -> assertThat(String.valueOf(e.error.get("message"))).contains("negated filters"));
    }
}
