package org.statcommons.meetings;

/** Addresses of meeting pages. */
final class MeetingAddress {

    private MeetingAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/meetings";
    }

    static String meeting(String slug, long id) {
        return "/c/" + slug + "/meetings/" + id;
    }

    /** The new-meeting form with this body invited. */
    static String inviteBody(String slug, long bodyId) {
        return list(slug) + "/new?invite=BODY&bodyId=" + bodyId;
    }

    static String answerLink(String token) {
        return "/meetings/answer/" + token;
    }

    static String feed(String token) {
        return "/calendar/" + token + ".ics";
    }
}
