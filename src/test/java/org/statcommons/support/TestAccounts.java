package org.statcommons.support;

import java.util.List;
import java.util.UUID;

import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountRegistration;
import org.statcommons.platform.EmailAddress;

/** Accounts made directly for tests whose subject is not sign-up; each has a fresh address and {@link #PASSWORD}. */
public final class TestAccounts {

    public static final String PASSWORD = "lantern quietly orbits 42";

    private TestAccounts() {
    }

    public static Account create(AccountRegistration registration, String name, PlatformRole role) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return registration.createVerified(new EmailAddress(email), new AccountRegistration.NewAccount(email, PASSWORD,
                name, "", "INDIVIDUAL", null, null, List.of(), ""), role);
    }
}
