package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.Text;

/** The link e-mailed at sign-up, opened: the address is proven. */
@Service
class VerifyEmail {

    private final Accounts accounts;
    private final LinkTokens links;

    VerifyEmail(Accounts accounts, LinkTokens links) {
        this.accounts = accounts;
        this.links = links;
    }

    /** Marks the address verified and uses the link up; a link that cannot be used, or a suspended account, is 410. */
    @Transactional
    Account verify(String secret) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.VERIFY_EMAIL, secret);
        Account account = accounts.byId(link.accountId())
                .filter(Account::active)
                .orElseThrow(() -> LinkTokens.Purpose.VERIFY_EMAIL.refused(Text.of("identity.link.suspended")));
        accounts.markVerified(account.id());
        return accounts.byId(account.id()).orElseThrow();
    }
}
