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

    /** Roughly how much memory it takes, in bytes: its texts (the two renderings of each episode) and images. */
    long weight() {
        long weight = 0;
        for (Episode episode : episodes) {
            weight += 2L
                    * (episode.learnerHtml().length() + episode.instructorHtml().length());
        }
        for (CoursePage page : pages.values()) {
            weight += 2L * (page.learnerHtml().length() + page.instructorHtml().length());
        }
        for (byte[] image : images.values()) {
            weight += image.length;
        }
        return weight + 1_000;
    }

    /** The manifest's duration, or the episodes' minutes added up. */
    public int minutes() {
        return manifest.durationMinutes() != null
                ? manifest.durationMinutes()
                : episodes.stream().mapToInt(Episode::minutes).sum();
    }
}
