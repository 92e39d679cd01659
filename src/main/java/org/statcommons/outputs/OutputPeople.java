package org.statcommons.outputs;

import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** The name an output's history shows for the person who moved it. */
@Component
class OutputPeople {

    private final Accounts accounts;

    OutputPeople(Accounts accounts) {
        this.accounts = accounts;
    }

    String nameOf(Actor actor) {
        return actor.accountId() == null
                ? "StatCommons"
                : accounts.byId(actor.accountId()).map(Account::displayName).orElse("StatCommons");
    }
}
