package org.statcommons.drives;

import java.time.Instant;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.i18n.Language;

/**
 * An application to join a community through one of its drives.
 *
 * @param country  an ISO 3166 country code
 * @param language the language the applicant used the form in: the decline e-mail is written in it
 */
public record Application(
        long id,
        long driveId,
        String name,
        String email,
        String organisation,
        OrganisationKind organisationKind,
        String country,
        String motivation,
        Language language,
        Status status,
        Instant createdAt,
        Instant decidedAt) {

    public enum Status {
        PENDING,
        APPROVED,
        DECLINED
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
