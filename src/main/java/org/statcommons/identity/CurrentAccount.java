package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.statcommons.access.Actor;

/**
 * The account behind the current request, checked afresh by {@link AccountCheckFilter}. Controllers take an
 * {@link Actor} or an {@link Account} as a method parameter instead of calling this directly.
 */
public final class CurrentAccount {

    /**
     * The request attribute holding the account. Named as the layout's variable {@code me} because templates see
     * request attributes as variables: error pages, which get no model from {@link CurrentAccountAdvice}, then
     * still show the signed-in header instead of "Sign in".
     */
    static final String ATTRIBUTE = "me";

    private CurrentAccount() {}

    public static Optional<Account> of(HttpServletRequest request) {
        return Optional.ofNullable((Account) request.getAttribute(ATTRIBUTE));
    }

    public static Actor actor(HttpServletRequest request) {
        return of(request).map(Account::actor).orElse(Actor.anonymous());
    }
}
