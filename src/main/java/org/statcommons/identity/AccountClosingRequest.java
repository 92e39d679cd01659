package org.statcommons.identity;

/**
 * A request to close an account, as typed: the person's own (their password, or for an account without one their
 * e-mail address typed as confirmation) or an administrator's on the person's request (the reason, kept in the
 * audit). Every field is text, so it backs the forms too.
 *
 * @param currentPassword the person's password (their own request, for an account that has one)
 * @param confirmation the account's e-mail address typed again (their own request, for an account without password)
 * @param reason why an administrator closes it (the person's request, its reference)
 * @param removeContributions "true" when the person asks that their posts and comments be removed where each
 *     community allows it
 */
public record AccountClosingRequest(
        String currentPassword, String confirmation, String reason, String removeContributions) {

    static AccountClosingRequest blank() {
        return new AccountClosingRequest("", "", "", "");
    }

    /** Whether anything was sent (a refused form shown again), or the form is new. */
    boolean typed() {
        return currentPassword != null || confirmation != null || reason != null || removeContributions != null;
    }

    boolean removalAsked() {
        return "true".equals(removeContributions);
    }
}
