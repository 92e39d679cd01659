package org.statcommons.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Creates an account whose address is already proven: the first administrator, people who accepted an invitation
 * (to the platform or to a community), the configured bootstrap administrator. These accounts are vouched for
 * ({@link Accounts#vouch}): they skip the limits for new accounts. Open sign-up, whose address is not proven yet, is
 * {@link SignUp}.
 */
@Service
public class CreateAccount {

    static final Text ALREADY_EXISTS = Text.of("identity.account.exists");

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    CreateAccount(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /**
     * Creates the account, its address verified. Throws {@link ConflictException} when the address already has an
     * account, also one created by another request a moment ago; writes nothing then.
     */
    @Transactional
    public Account create(NewAccount account, PlatformRole role) {
        if (accounts.byEmail(account.email()).isPresent()) {
            throw new ConflictException(ALREADY_EXISTS);
        }
        long id = accounts.insert(account.email(), true, passwords.encode(account.password()), account.profile(), role)
                .orElseThrow(() -> new ConflictException(ALREADY_EXISTS));
        // an address proven by an invitation (or the administrator's set-up) is someone the community knows
        accounts.vouch(id);
        return accounts.byId(id).orElseThrow();
    }
}
