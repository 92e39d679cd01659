package org.statcommons.academy;

import java.util.regex.Pattern;

/**
 * Links between episodes and to images as the places a course is read need them. Authors link to another episode
 * by its file ({@code [next](02-first-commits.md)}) and to an image beside the episodes ({@code fig/commits.svg}), as
 * they do in their Git clone; the site drops the {@code .md}, the offline zip makes it {@code .html}, and the single
 * printable page links within itself and finds the images under {@code episodes/}.
 */
final class CourseLinks {

    private static final Pattern EPISODE_LINK =
            Pattern.compile("href=\"(?:\\./)?([0-9]{2}-[a-z0-9][a-z0-9-]{0,79})\\.md(#[^\"]*)?\"");
    private static final Pattern RELATIVE_IMAGE = Pattern.compile("src=\"(?!/|[a-zA-Z][a-zA-Z0-9+.-]*:|#)(?:\\./)?");

    private CourseLinks() {}

    /** An episode's HTML on the site: {@code 02-first-commits.md} is the episode's address beside it. */
    static String site(String html) {
        return EPISODE_LINK.matcher(html).replaceAll("href=\"$1$2\"");
    }

    /** An episode's HTML in the offline zip, where episodes are {@code episodes/NN-name.html}. */
    static String offline(String html) {
        return EPISODE_LINK.matcher(html).replaceAll("href=\"$1.html$2\"");
    }

    /** An episode's HTML in the EPUB, where episodes are {@code episodes/NN-name.xhtml}. */
    static String epub(String html) {
        return EPISODE_LINK.matcher(html).replaceAll("href=\"$1.xhtml$2\"");
    }

    /** An episode's HTML on the single printable page, one folder above the episodes. */
    static String printed(String html) {
        String linked = EPISODE_LINK.matcher(html).replaceAll("href=\"#episode-$1\"");
        return RELATIVE_IMAGE.matcher(linked).replaceAll("src=\"episodes/");
    }
}
