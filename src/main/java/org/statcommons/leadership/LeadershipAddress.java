package org.statcommons.leadership;

/** The addresses of this feature's screens. */
final class LeadershipAddress {

    private LeadershipAddress() {}

    static String coLeads(String slug) {
        return "/c/" + slug + "/co-leads";
    }

    static String term(String slug, long id) {
        return coLeads(slug) + "#term-" + id;
    }

    static String elections(String slug) {
        return "/c/" + slug + "/elections";
    }

    static String election(String slug, long id) {
        return elections(slug) + "/" + id;
    }
}
