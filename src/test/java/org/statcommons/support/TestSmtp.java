package org.statcommons.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The in-process SMTP server the tests' application relays to. The build reserves a free port for each of the
 * integration tests' forks ({@code statcommons.test.smtp-port.1}, {@code .2}) and tells each fork its number
 * ({@code statcommons.test.fork}), as {@link StatCommonsIntegrationTest} reads them too; outside Maven it falls back
 * to GreenMail's usual 3025.
 */
public final class TestSmtp {

    public static final ServerSetup SETUP = new ServerSetup(
            Integer.getInteger("statcommons.test.smtp-port." + Integer.getInteger("statcommons.test.fork", 1), 3025),
            "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP);

    private TestSmtp() {}
}
