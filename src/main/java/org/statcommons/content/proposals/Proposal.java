package org.statcommons.content.proposals;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statcommons.platform.Text;

/**
 * A suggested change to a space: the branch {@code proposals/<name>} holding it, and the review around it.
 * {@code mergedCommit} is main's merge commit once merged.
 */
public record Proposal(
        long id,
        long communityId,
        String branch,
        String title,
        String description,
        long authorAccountId,
        String authorName,
        ProposalStatus status,
        String mergedCommit,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 20_000;

    /**
     * One thing that happened to a proposal: opened, commented, updated, approved, merged... Its body is what the
     * person wrote, or a sentence the server wrote (stored in English, as the API gives it), which {@link #shown()}
     * puts in the reader's language; rows written before there were translations read the same.
     */
    public record Event(long id, long accountId, String personName, String kind, String body, Instant createdAt) {

        private static final String MERGED = "Accepted into the space.";
        private static final Pattern EDITED = Pattern.compile("Edited (.+)\\.", Pattern.DOTALL);
        private static final Pattern PUSHED = Pattern.compile("Pushed ([0-9a-f]{10})\\.");
        private static final Pattern PUSHED_WITH_SUBJECT =
                Pattern.compile("Pushed ([0-9a-f]{10}): (.*)", Pattern.DOTALL);

        /** The body of a merge. */
        static String merged() {
            return MERGED;
        }

        /** The body of a change made in the browser to the page at {@code path}. */
        static String edited(String path) {
            return "Edited " + path + ".";
        }

        /** The body of a push of this commit, with the subject of its message when it updates a proposal. */
        static String pushed(String commitId, String subject) {
            String shortId = commitId.substring(0, 10);
            return subject == null ? "Pushed " + shortId + "." : "Pushed " + shortId + ": " + subject;
        }

        /**
         * The body as the reader reads it: a bundle text for what the server wrote (a path, a commit and a commit's
         * subject are its arguments, as written), else the person's words as they wrote them.
         */
        public Object shown() {
            if (!"MERGED".equals(kind) && !"UPDATED".equals(kind) && !"OPENED".equals(kind)) {
                return body;
            }
            if ("MERGED".equals(kind) && MERGED.equals(body)) {
                return Text.of("proposals.event.body.merged");
            }
            Matcher pushed = PUSHED.matcher(body);
            if (pushed.matches()) {
                return Text.of("proposals.event.body.pushed", pushed.group(1));
            }
            Matcher withSubject = PUSHED_WITH_SUBJECT.matcher(body);
            if ("UPDATED".equals(kind) && withSubject.matches()) {
                return Text.of("proposals.event.body.pushed-subject", withSubject.group(1), withSubject.group(2));
            }
            Matcher edited = EDITED.matcher(body);
            if ("UPDATED".equals(kind) && edited.matches()) {
                return Text.of("proposals.event.body.edited", edited.group(1));
            }
            return body;
        }
    }
}
