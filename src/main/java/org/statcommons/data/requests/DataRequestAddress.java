package org.statcommons.data.requests;

/** Addresses of the data requests' screens. */
final class DataRequestAddress {

    private DataRequestAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/data/requests";
    }

    static String of(String slug, long id) {
        return list(slug) + "#request-" + id;
    }
}
