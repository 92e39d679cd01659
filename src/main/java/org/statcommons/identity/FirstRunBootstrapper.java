package org.statcommons.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.StatCommonsProperties;

/**
 * On an empty database there is no default password: either the configured bootstrap administrator is
 * created, or a one-time set-up link is printed for whoever runs the server.
 */
@Component
class FirstRunBootstrapper {

    static final Duration SETUP_LINK_VALIDITY = Duration.ofDays(7);

    private final Accounts accounts;
    private final CreateAccount createAccount;
    private final LinkTokens links;
    private final StatCommonsProperties properties;
    private final TransactionTemplate transaction;
    private final Environment environment;

    FirstRunBootstrapper(
            Accounts accounts,
            CreateAccount createAccount,
            LinkTokens links,
            StatCommonsProperties properties,
            TransactionTemplate transaction,
            Environment environment) {
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.links = links;
        this.properties = properties;
        this.transaction = transaction;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void greet() {
        String boundPort = environment.getProperty("local.server.port");
        String message = transaction.execute(status -> prepare(boundPort));
        // Printed once, on the console (standard output), where the person who started the server looks. Not also
        // logged: the log goes to the same console (it was printed twice), and a log file would keep the
        // one-time set-up link.
        System.out.println(message);
    }

    private String prepare(String boundPort) {
        String address = onBoundPort(properties.link("/"), boundPort);
        if (!accounts.none()) {
            return "StatCommons is ready at " + address + " — sign in with your account.";
        }
        StatCommonsProperties.Bootstrap bootstrap = properties.bootstrap();
        if (!bootstrap.adminEmail().isBlank()) {
            // the configuration is this account's form: a weak password or a malformed address stops the start
            NewAccount administrator = new AccountForm(
                            bootstrap.adminEmail(),
                            bootstrap.adminPassword(),
                            "Administrator",
                            "",
                            OrganisationKind.INDIVIDUAL.name(),
                            null,
                            null,
                            List.of(),
                            "")
                    .newAccount();
            createAccount.create(administrator, PlatformRole.ADMINISTRATOR);
            return "StatCommons is ready at " + address + " — sign in as "
                    + administrator.email().value() + " with the password from STATCOMMONS_BOOTSTRAP_ADMIN_PASSWORD.";
        }
        links.revokeAll(LinkTokens.Purpose.SETUP, null);
        String secret = links.create(LinkTokens.Purpose.SETUP, null, null, null, SETUP_LINK_VALIDITY);
        return "StatCommons is ready at " + address + "\n"
                + "First run: open " + onBoundPort(properties.link("/setup/" + secret), boundPort)
                + " to create the first administrator (the link works once).";
    }

    /**
     * The default public address follows {@code server.port}; started on port 0 (any free port: tests, benchmarks,
     * a second server on one machine) it would name port 0, where nobody answers, instead of the port bound.
     */
    private static String onBoundPort(String link, String boundPort) {
        URI uri = URI.create(link);
        if (uri.getPort() != 0 || boundPort == null) {
            return link;
        }
        return link.replaceFirst(":0/", ":" + boundPort + "/");
    }
}
