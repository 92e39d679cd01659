package org.statcommons.support;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.CreateAccount;
import org.statcommons.platform.EmailAddress;

/**
 * Accounts made directly for tests whose subject is not sign-up; each has a fresh address and {@link #PASSWORD}.
 *
 * <pre>{@code
 * @Autowired CreateAccount registration;
 * Account admin = TestAccounts.create(registration, "Admin", PlatformRole.ADMINISTRATOR);
 * TestAccounts.Person amina = TestAccounts.member(registration, "Amina");     // account + e-mail + password
 * new WebClientSession(port).signIn(amina.email(), amina.password());
 * }</pre>
 */
public final class TestAccounts {

    public static final String PASSWORD = "lantern quietly orbits 42";

    private TestAccounts() {
    }

    /** The created account with what signs it in. */
    public record Person(Account account, String email, String password) {
        public long id() {
            return account.id();
        }
    }

    /** A verified account with an empty profile. */
    public static Account create(CreateAccount registration, String name, PlatformRole role) {
        String email = uniqueEmail(name);
        return registration.create(new AccountForm(email, PASSWORD,
                name, "", "INDIVIDUAL", null, null, List.of(), "").newAccount(new EmailAddress(email)), role);
    }

    /** A verified account with a filled-in profile (a statistical office in the country given). */
    public static Person person(CreateAccount registration, String name, PlatformRole role, String country) {
        String email = uniqueEmail(name);
        Account account = registration.create(new AccountForm(email, PASSWORD, name, "Test Statistics Office",
                        "NATIONAL_STATISTICAL_OFFICE", country, "Europe/Amsterdam", List.of("en"), "").newAccount(new EmailAddress(email)), role);
        return new Person(account, email, PASSWORD);
    }

    public static Person person(CreateAccount registration, String name, PlatformRole role) {
        return person(registration, name, role, "NL");
    }

    /** Someone with no platform role. */
    public static Person member(CreateAccount registration, String name) {
        return person(registration, name, PlatformRole.NONE);
    }

    /** A fresh address nobody uses yet, readable in failure messages. */
    public static String uniqueEmail(String hint) {
        String local = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return (local.isEmpty() ? "person" : local) + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
