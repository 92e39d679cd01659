package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

class TermsOfReferenceTests {

    @Test
    void theShippedTemplateHasEveryRequiredSection() {
        assertThat(TermsOfReference.missing(TermsOfReference.shipped())).isEmpty();
    }

    @Test
    void missingSectionsAreNamedInTheTemplatesOrder() {
        String body = "## Background\n\n## objectives:\n\n### Scope\n\n## Deliverables ##\n\n## Timeline\n";
        assertThat(TermsOfReference.missing(body)).containsExactly("Scope", "Membership and roles", "Reporting");
    }

    @Test
    void headingsBuiltToBeSlowAtThePageSizeLimitAreReadInLinearTime() {
        // about 1 MB, the page size limit: closing hashes and blanks by the hundred thousand, and many headings
        String body = "## Scope " + "# ".repeat(250_000) + "\n" + "## x\n".repeat(100_000);
        CpuTime.Measured<java.util.List<String>> measured = CpuTime.of(() -> TermsOfReference.missing(body));
        assertThat(measured.result()).doesNotContain("Scope").contains("Background");
        assertThat(measured.cpu()).isLessThan(Duration.ofSeconds(2));
    }
}
