package org.statcommons.comments;

import org.statcommons.content.PageAddress;

/** Addresses of comment forms, and of a thread on its page. */
final class CommentAddress {

    private CommentAddress() {}

    static String thread(String slug, String path, long threadId) {
        return PageAddress.page(slug, path) + "#thread-" + threadId;
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
