package org.statcommons.workstreams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
