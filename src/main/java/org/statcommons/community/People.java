package org.statcommons.community;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Names for the account ids on a page, read in one query from the identity feature. */
@Component
class People {

    private final Accounts accounts;

    People(Accounts accounts) {
        this.accounts = accounts;
    }

    Map<Long, Account> byId(Collection<Long> ids) {
        return accounts.byIds(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
    }
}
