package org.statcommons.support;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A GreenMail SMTP server that answers {@code RCPT TO} for chosen addresses with a permanent
 * {@code 550 5.1.1} refusal, as a relay does for a mailbox that does not exist; every other address is
 * received as usual. The application's outbox meets a real SMTP refusal, over a real connection.
 *
 * <pre>{@code
 * static RefusingSmtp smtp = new RefusingSmtp(TestSmtp.SETUP);   // start() in @BeforeAll, stop() in @AfterAll
 * smtp.refuse("gone@example.org");
 * }</pre>
 */
public final class RefusingSmtp extends GreenMail {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public RefusingSmtp(ServerSetup setup) {
        super(setup);
    }

    /** From now on, mail to this address is refused for good. */
    public void refuse(String address) {
        refused.add(address.toLowerCase(Locale.ROOT));
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        // GreenMail builds its servers from Managers; the SMTP server asks its SmtpManager about each recipient
        SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                // called from GreenMail's constructor before this class's fields exist, then per recipient
                return refused != null && refused.contains(recipient.getEmail().toLowerCase(Locale.ROOT))
                        ? "550 5.1.1 <" + recipient.getEmail() + ">: mailbox unavailable"
                        : null;
            }
        };
        return super.createServices(config, new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return refusing;
            }

            @Override
            public UserManager getUserManager() {
                return managers.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return managers.getImapHostManager();
            }
        });
    }
}
