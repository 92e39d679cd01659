package org.statcommons.comments;

import org.statcommons.content.PageAddress;

/** Addresses of comment forms (a thread on its page or its subject's: {@link CommentSubjects#thread}). */
final class CommentAddress {

    private CommentAddress() {}

    /** The page with the form for a new thread on one of its passages (the form works without JavaScript). */
    static String commentOn(String pageAddress, int passage) {
        return pageAddress + "?comment-on=" + passage + "#new-thread";
    }

    /** A passage's number as sent (in a form or {@code ?comment-on=}), or 0 (no passage has it) for anything else. */
    static int passageNumber(String sent) {
        String number = sent.strip();
        boolean digits =
                !number.isEmpty() && number.length() <= 9 && number.chars().allMatch(c -> c >= '0' && c <= '9');
        return digits ? Integer.parseInt(number) : 0;
    }

    static String startThread(String slug, String path) {
        return "/c/" + slug + "/page-comments/" + PageAddress.encoded(path);
    }

    static String follow(String slug, String path) {
        return "/c/" + slug + "/page-followers/" + PageAddress.encoded(path);
    }

    static String thread(String slug, long threadId, String action) {
        return "/c/" + slug + "/threads/" + threadId + "/" + action;
    }

    static String comment(String slug, long commentId, String action) {
        return "/c/" + slug + "/comments/" + commentId + "/" + action;
    }
}
