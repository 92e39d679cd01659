package org.statcommons.identity;

/**
 * Who an organisation's provider says signed in, from its checked ID token: the provider (its short name here),
 * its issuer and the person's subject there, and the e-mail address and name it gives.
 */
record OrganisationIdentity(
        String provider, String issuer, String subject, String email, boolean emailVerified, String name) {}
