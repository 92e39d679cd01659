package org.statcommons.academy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course as one commit of its repository holds it: the manifest, the episodes in order, the other pages (the
 * introduction {@code index}, {@code setup}, {@code glossary}), its images by path, and what could not be read.
 */
record CourseMaterial(
        String commitId,
        CourseManifest manifest,
        List<Episode> episodes,
        Map<String, CoursePage> pages,
        Map<String, byte[]> images,
        List<CourseProblem> problems) {

    public Optional<Episode> episode(String name) {
        return episodes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The episode before this one, or null. */
    public Episode before(Episode episode) {
        int i = episodes.indexOf(episode);
        return i > 0 ? episodes.get(i - 1) : null;
    }

    /** The episode after this one, or null. */
    public Episode after(Episode episode) {
        int i = episodes.indexOf(episode);
        return i >= 0 && i + 1 < episodes.size() ? episodes.get(i + 1) : null;
    }

    /** The manifest's duration, or the episodes' minutes added up. */
    public int minutes() {
        return manifest.durationMinutes() != null
                ? manifest.durationMinutes()
                : episodes.stream().mapToInt(Episode::minutes).sum();
    }
}
