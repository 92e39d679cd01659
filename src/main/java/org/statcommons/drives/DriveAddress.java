package org.statcommons.drives;

/** The addresses of drives' screens. */
final class DriveAddress {

    private DriveAddress() {}

    /** The secretariat's list of a community's drives. */
    static String list(String slug) {
        return "/c/" + slug + "/drives";
    }

    /** A drive's public screen: what it is, the application form, the information session. */
    static String drive(String slug, long id) {
        return list(slug) + "/" + id;
    }

    /** A drive's public screen through a person's link: the use is counted, the form filled in for them. */
    static String personal(String slug, long id, String secret) {
        return drive(slug, id) + "?invited=" + secret;
    }

    /** The personal link that cancels a registration for an information session. */
    static String registration(String secret) {
        return "/drive-registrations/" + secret;
    }

    /** A drive's screen for the secretariat: details, applications, invitations, figures. */
    static String manage(String slug, long id) {
        return drive(slug, id) + "/manage";
    }
}
