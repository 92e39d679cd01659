package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;

/** The invited person creates their account, for the address the invitation was sent to, and the link is used up. */
@Service
class AcceptPlatformInvitation {

    private final Accounts accounts;
    private final LinkTokens links;
    private final CreateAccount createAccount;

    AcceptPlatformInvitation(Accounts accounts, LinkTokens links, CreateAccount createAccount) {
        this.accounts = accounts;
        this.links = links;
        this.createAccount = createAccount;
    }

    /**
     * A link that cannot be used is 410, and so is one whose address has an account by now (it can never be
     * used): the account is always for the invited address, whatever the command says.
     */
    @Transactional
    Account accept(String secret, NewAccount account) {
        LinkTokens.Link link = links.use(LinkTokens.Purpose.SIGN_UP_INVITATION, secret);
        EmailAddress invited = new EmailAddress(link.email());
        if (accounts.byEmail(invited).isPresent()) {
            throw LinkTokens.Purpose.SIGN_UP_INVITATION.refused(CreateAccount.ALREADY_EXISTS);
        }
        return createAccount.create(new NewAccount(invited, account.password(), account.profile()), PlatformRole.NONE);
    }
}
