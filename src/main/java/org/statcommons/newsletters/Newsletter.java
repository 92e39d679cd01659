package org.statcommons.newsletters;

import java.time.Instant;

/**
 * A newsletter, draft or sent.
 *
 * @param body       Markdown
 * @param recipients how many it was sent to, null for a draft
 */
record Newsletter(
        long id,
        long communityId,
        String subject,
        String body,
        boolean sent,
        Instant updatedAt,
        Instant sentAt,
        String sentByName,
        Integer recipients) {

    /**
     * The text as readers get it, under the subject: without a first heading that only repeats the subject
     * (the e-mail's subject line and the archive's title already show it; many writers start with it anyway).
     * A heading is "# Subject" (any level) or "Subject" underlined with "=".
     */
    String text() {
        String rest = body.stripLeading();
        int end = rest.indexOf('\n');
        String first = (end < 0 ? rest : rest.substring(0, end)).strip();
        String after = end < 0 ? "" : rest.substring(end + 1);
        String heading = null;
        if (first.startsWith("#")) {
            String words = first.replaceFirst("^#{1,6}(?=[ \t]|$)", "");
            if (words.length() < first.length()) {
                heading = stripClosingHashes(words);
            }
        } else {
            int next = after.indexOf('\n');
            String underline = (next < 0 ? after : after.substring(0, next)).strip();
            if (!underline.isEmpty() && underline.chars().allMatch(c -> c == '=')) {
                heading = first;
                after = next < 0 ? "" : after.substring(next + 1);
            }
        }
        return heading != null && heading.equalsIgnoreCase(subject.strip()) ? after.stripLeading() : body;
    }

    private static String stripClosingHashes(String words) {
        int end = words.length();
        while (end > 0
                && (words.charAt(end - 1) == '#' || words.charAt(end - 1) == ' ' || words.charAt(end - 1) == '\t')) {
            end--;
        }
        return words.substring(0, end).strip();
    }
}
