package org.statcommons.decisions;

/** The addresses of the decisions' screens and API. */
final class DecisionAddress {

    private DecisionAddress() {}

    static String list(String slug) {
        return "/c/" + slug + "/decisions";
    }

    static String decision(String slug, long id) {
        return "/c/" + slug + "/decisions/" + id;
    }

    /** The proposal form with this electorate chosen. */
    static String proposeTo(String slug, String electorate) {
        return list(slug) + "/new?electorate="
                + java.net.URLEncoder.encode(electorate, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String api(String slug, long id) {
        return "/api/v1/communities/" + slug + "/decisions/" + id;
    }
}
