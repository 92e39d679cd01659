package org.statcommons.notifications;

import java.util.Set;

/** A digest's period, and the choices whose notices it takes. */
enum DigestPeriod {
    /** A notice waiting for a digest whose community's choice is now "immediately" goes in the next daily one. */
    DAILY("daily", Set.of(Choice.DAILY, Choice.IMMEDIATE)),
    WEEKLY("weekly", Set.of(Choice.WEEKLY));

    private final String word;
    private final Set<Choice> serves;

    DigestPeriod(String word, Set<Choice> serves) {
        this.word = word;
        this.serves = serves;
    }

    /** "daily", "weekly": the choice of the e-mails' messages ({@code {0, select, weekly {…} other {…}}}) and the logs. */
    String word() {
        return word;
    }

    /** Whether a notice of a community with this choice goes in this period's digest. */
    boolean serves(Choice choice) {
        return serves.contains(choice);
    }
}
