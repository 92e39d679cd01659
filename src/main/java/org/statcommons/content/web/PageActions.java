package org.statcommons.content.web;

/** The addresses of one page and of what can be done to it, for templates. */
public record PageActions(
        String view,
        String edit,
        String history,
        String raw,
        String move,
        String delete,
        String restore,
        String publish,
        String unpublish,
        String published,
        String blame,
        String propose) {

    public static PageActions of(String slug, String path) {
        return new PageActions(
                SpaceAddress.page(slug, path),
                SpaceAddress.action(slug, "edit", path),
                SpaceAddress.action(slug, "history", path),
                SpaceAddress.action(slug, "raw", path),
                SpaceAddress.action(slug, "move", path),
                SpaceAddress.action(slug, "delete", path),
                SpaceAddress.action(slug, "restore", path),
                SpaceAddress.action(slug, "publish", path),
                SpaceAddress.action(slug, "unpublish", path),
                SpaceAddress.published(slug, path),
                SpaceAddress.action(slug, "blame", path),
                "/c/" + slug + "/proposals/new?path="
                        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    }
}
