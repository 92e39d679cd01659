package org.statcommons.moderation;

/** The addresses of the moderators' queues and their forms. */
final class QueueAddress {

    /** The administrators' queue: flags on what belongs to no community (profiles). */
    static final String ADMINISTRATORS = "/admin/moderation";

    private QueueAddress() {}

    /** A community's queue. */
    static String of(String slug) {
        return "/c/" + slug + "/moderation";
    }

    /** Where the decisions on a queue's entries are sent, followed by the entry's id. */
    static String decisions(String queue) {
        return queue + "/reports/";
    }

    /** An entry on its queue's screen. */
    static String entry(String queue, long entryId) {
        return queue + "#report-" + entryId;
    }
}
