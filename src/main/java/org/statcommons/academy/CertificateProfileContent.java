package org.statcommons.academy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;
import org.statcommons.identity.ProfileContent;
import org.statcommons.identity.ProfileSection;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The courses a person completed, on their profile: only the certificates they chose to show there (and did not
 * hide), each linking to its verification page. The person themselves always sees the section, with the way to choose.
 */
@Component
class CertificateProfileContent implements ProfileContent {

    private final Completions completions;

    CertificateProfileContent(Completions completions) {
        this.completions = completions;
    }

    @Override
    public Optional<ProfileSection> section(Actor viewer, Account person) {
        boolean self = viewer.signedIn() && viewer.accountId() == person.id();
        List<ProfileSection.Line> lines = completions.ofAccount(person.id()).stream()
                .filter(c -> c.onProfile() && !c.hidden())
                .map(c -> new ProfileSection.Line(
                        c.courseTitle(), CourseAddress.certificate(c.code()), c.communityName()))
                .toList();
        if (lines.isEmpty() && !self) {
            return Optional.empty();
        }
        Language language = Language.ofRequest();
        return Optional.of(new ProfileSection(
                40,
                Text.of("academy-learning.profile.heading").in(language),
                lines,
                Text.of("academy-learning.mine.no-certificates").in(language),
                new ProfileSection.Line(
                        Text.of("academy-learning.profile.change").in(language), CourseAddress.learning(), "")));
    }
}
