package org.statcommons.drives;

import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.i18n.Language;

/** An application, checked ({@link ApplicationForm#command}). */
record NewApplication(
        String name,
        EmailAddress email,
        String organisation,
        OrganisationKind organisationKind,
        String country,
        String motivation,
        Language language) {}
