package org.statcommons.content;

/**
 * A body's members-only space: a second space of the community, owned by one of its bodies (the Steering Committee),
 * kept by the same engine as the community's own space under its own key ({@link #key}), so that nothing of it is
 * found through the community's space: not its Git repository, index, search documents, history or page list.
 *
 * @param key the space's key in the engine: {@link #keyOf(long)} of the body
 */
public record BodySpace(
        long key, long communityId, String communitySlug, String communityName, long bodyId, String bodyName) {

    /**
     * The engine keys a space by one number: a community's space by the community's id (always positive), a body's
     * space by the body's id made negative, so the two can never meet in a repository's name, an index row or a
     * search document.
     */
    public static long keyOf(long bodyId) {
        if (bodyId <= 0 || bodyId >= CourseSpace.OFFSET) {
            // keys from 2^40 down are courses' (CourseSpace)
            throw new IllegalArgumentException("A body's id is positive and below 2^40: " + bodyId);
        }
        return -bodyId;
    }

    /** Whether a space key is a body's space (and not a community's). */
    public static boolean isBodySpace(long key) {
        return key < 0 && !CourseSpace.isCourseSpace(key);
    }

    /** The body whose space this key is. */
    public static long bodyOf(long key) {
        if (!isBodySpace(key)) {
            throw new IllegalArgumentException("Not a body's space: " + key);
        }
        return -key;
    }

    /** The space's front page: its list of pages. */
    public String address() {
        return "/c/" + communitySlug + "/bodies/" + bodyId + "/space";
    }

    /** Where the body's members read the page at {@code path}. */
    public String page(String path) {
        return address() + "/" + PageAddress.encoded(path);
    }

    /** An action on a page of the space ({@code edit}, {@code history}, {@code compare}) or on the space ({@code new}). */
    public String action(String action, String path) {
        return address() + "/-/" + action + (path == null ? "" : "/" + PageAddress.encoded(path));
    }

    /** The Git address of the space, relative to the server: {@code /git/{slug}/bodies/{id}.git}. */
    public String git() {
        return "/git/" + communitySlug + "/bodies/" + bodyId + ".git";
    }
}
