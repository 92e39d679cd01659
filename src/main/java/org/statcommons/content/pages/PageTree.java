package org.statcommons.content.pages;

import java.util.ArrayList;
import java.util.List;
import org.statcommons.content.PageSummary;
import org.statcommons.content.SetUpSpace;
import org.statcommons.content.web.SpaceAddress;

/**
 * The page tree for navigation: folders (from the paths) holding pages and further folders. A folder that
 * is also a page ({@code methods.md} next to {@code methods/}) shows as that page with children.
 */
record PageTree(String name, String title, String href, List<PageTree> children) {

    static List<PageTree> of(String slug, List<PageSummary> pages) {
        List<PageTree> roots = new ArrayList<>();
        for (PageSummary page : pages) {
            if (page.path().startsWith(SetUpSpace.TEMPLATES)) {
                continue;
            }
            String[] segments = page.path().split("/");
            List<PageTree> level = roots;
            for (int i = 0; i < segments.length - 1; i++) {
                level = folder(level, segments[i]).children();
            }
            String name = segments[segments.length - 1];
            String bare = name.substring(0, name.length() - ".md".length());
            PageTree existing = find(level, bare);
            PageTree leaf = new PageTree(
                    bare,
                    page.title(),
                    SpaceAddress.page(slug, page.path()),
                    existing == null ? new ArrayList<>() : existing.children());
            if (existing != null) {
                level.set(level.indexOf(existing), leaf);
            } else {
                level.add(leaf);
            }
        }
        return roots;
    }

    /** The templates kept in the space, for the "new page" form. */
    static List<PageSummary> templates(List<PageSummary> pages) {
        return pages.stream()
                .filter(page -> page.path().startsWith(SetUpSpace.TEMPLATES))
                .toList();
    }

    public boolean folderOnly() {
        return href == null;
    }

    private static PageTree folder(List<PageTree> level, String name) {
        PageTree existing = find(level, name);
        if (existing != null) {
            return existing;
        }
        PageTree folder = new PageTree(name, name, null, new ArrayList<>());
        level.add(folder);
        return folder;
    }

    private static PageTree find(List<PageTree> level, String name) {
        for (PageTree node : level) {
            if (node.name().equals(name)) {
                return node;
            }
        }
        return null;
    }
}
