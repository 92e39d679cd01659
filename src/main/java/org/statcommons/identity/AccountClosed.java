package org.statcommons.identity;

/**
 * An account was closed (docs/identity.md "Closing an account"): each feature that keeps something of the person
 * reacts after commit in its own package (memberships end, notices stop, copies of the name are replaced, posts and
 * comments removed where asked and allowed). The former name and address are carried because the account no longer
 * has them, and some features keep copies of them (a stream line's actor, a commit's author in the space's index);
 * the event's record is deleted once every listener has handled it.
 *
 * @param personId the closed account
 * @param removeContributions whether the person asked that their posts and comments be removed where the community's
 *     policy allows it
 * @param by who closed it: the person, or an administrator on their request
 * @param formerName the display name the account had
 * @param formerEmail the address the account had
 */
public record AccountClosed(
        long personId, boolean removeContributions, long by, String formerName, String formerEmail) {

    /** The name a closed account goes by, everywhere its contributions are shown. */
    public static final String FORMER_MEMBER = "Former member";

    /** What stays of a post or comment removed at its closing author's request, in its place in the thread. */
    public static final String REMOVED = "(removed at the author's request)";

    /** The address a closed account has instead of its own: unique, and in a domain that can never receive mail. */
    public static String placeholderAddress(long personId) {
        return "closed-" + personId + "@closed.invalid";
    }
}
