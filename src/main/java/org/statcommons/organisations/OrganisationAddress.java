package org.statcommons.organisations;

/** The addresses of this feature's screens. */
final class OrganisationAddress {

    private OrganisationAddress() {}

    static String list() {
        return "/organisations";
    }

    static String of(long id) {
        return list() + "/" + id;
    }

    static String edit(long id) {
        return of(id) + "/edit";
    }

    /** The secretariat's work: claims to confirm, typed names to link. */
    static String manage() {
        return list() + "/manage";
    }

    static String yours() {
        return "/account/organisations";
    }

    /** A community's member organisations. */
    static String community(String slug) {
        return "/c/" + slug + "/organisations";
    }
}
