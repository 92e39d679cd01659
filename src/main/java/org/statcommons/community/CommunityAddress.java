package org.statcommons.community;

/** The addresses of this feature's screens inside a community. */
final class CommunityAddress {

    private CommunityAddress() {}

    /** The landing page. */
    static String of(String slug) {
        return "/c/" + slug;
    }

    static String members(String slug) {
        return of(slug) + "/members";
    }

    static String member(String slug, long accountId) {
        return members(slug) + "/" + accountId;
    }

    static String conduct(String slug) {
        return of(slug) + "/code-of-conduct";
    }

    static String invitations(String slug) {
        return of(slug) + "/invitations";
    }

    static String requests(String slug) {
        return of(slug) + "/requests";
    }

    static String topic(String slug, String topic) {
        return of(slug) + "/topics/" + topic;
    }
}
