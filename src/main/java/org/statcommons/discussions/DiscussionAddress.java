package org.statcommons.discussions;

/** The addresses of a community's discussions and their forms. */
final class DiscussionAddress {

    private DiscussionAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/discussions";
    }

    static String discussion(String slug, long threadId) {
        return list(slug) + "/" + threadId;
    }

    static String post(String slug, long threadId, long postId) {
        return discussion(slug, threadId) + "#post-" + postId;
    }

    static String postAction(String slug, long threadId, long postId, String action) {
        return discussion(slug, threadId) + "/posts/" + postId + "/" + action;
    }

    static String api(String slug, long threadId) {
        return "/api/v1/communities/" + slug + "/discussions/" + threadId;
    }
}
