package org.statcommons.data;

/** Where a community's datasets and the catalogue live on the web. */
public final class DatasetAddress {

    private DatasetAddress() {}

    public static String list(String slug) {
        return "/c/" + slug + "/data";
    }

    public static String dataset(String slug, long id) {
        return list(slug) + "/" + id;
    }
}
