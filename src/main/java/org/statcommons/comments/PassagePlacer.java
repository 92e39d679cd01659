package org.statcommons.comments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.content.Passage;
import org.statcommons.platform.WeightedCache;

/**
 * Finds, in a version of a page, the passage each thread is on. First the passage with the same text (normalised:
 * {@link PassageAnchor#normalised}); of several, the one nearest the thread's number, so edits of other passages
 * never move a thread. Failing that, the passage most like the thread's text, when it shares at least
 * {@link #THRESHOLD} of its words (Dice's coefficient over distinct words): a typo fixed or a figure updated keeps
 * the thread in place. Failing that too, the thread is on a passage that was changed or removed.
 * <p>
 * Cost: one hash per passage, then for each thread not found by its text one comparison per passage of at most
 * {@link #MAX_WORDS} words each, by merging sorted word codes. A 1 MB page of 5,000 passages with 200 such
 * threads takes well under a second of processor time ({@code PassagePlacerTests}); the page view remembers the
 * placement for its version and threads, so that cost is paid once per version, not once per view.
 */
@Component
class PassagePlacer {

    /** The share of words two texts must have in common to be the same passage, edited. */
    static final double THRESHOLD = 0.6;

    /** The words of a text compared at most (the first ones): the bound on one comparison. */
    static final int MAX_WORDS = 400;

    /**
     * Placements remembered by version, page and threads: a page whose passage threads need the word comparison
     * (an edited or outdated passage) is read far more often than it changes, and the placement only changes with
     * the version or the threads. Up to about a million characters of keys and placements.
     */
    private final WeightedCache<String, Placement> remembered = new WeightedCache<>(
            1_000_000,
            (key, placement) -> key.length()
                    + 16L * placement.numbers().size()
                    + 16L * placement.outdated().size());

    /**
     * {@link #place} for the version {@code version} of the page {@code path} (as the page view shows it),
     * remembered.
     */
    Placement place(String version, String path, List<Passage> passages, List<CommentThread> threads) {
        if (threads.stream().allMatch(thread -> thread.passage() == null)) {
            return new Placement(Map.of(), List.of());
        }
        // the passages differ a little between readers (a link a reader may not follow keeps only its words): their
        // count and length tell the renderings of one version apart
        StringBuilder key = new StringBuilder(version)
                .append('\n')
                .append(path)
                .append('\n')
                .append(passages.size())
                .append('/')
                .append(passages.stream().mapToLong(p -> p.text().length()).sum());
        for (CommentThread thread : threads) {
            if (thread.passage() != null) {
                key.append(' ').append(thread.id());
            }
        }
        Placement placement = remembered.get(key.toString());
        if (placement == null) {
            placement = place(passages, threads);
            remembered.put(key.toString(), placement);
        }
        return placement;
    }

    /**
     * @param numbers  the number of the passage each placed thread is shown beside, by thread id
     * @param outdated the ids of the threads whose passage is no longer on the page, in the order given
     */
    record Placement(Map<Long, Integer> numbers, List<Long> outdated) {}

    /** Places the threads that are on a passage; threads on the whole page are left out. */
    static Placement place(List<Passage> passages, List<CommentThread> threads) {
        Map<Long, Integer> beside = new HashMap<>();
        List<Long> outdated = new ArrayList<>();
        Map<String, List<Integer>> byHash = null;
        List<CommentThread> unmatched = new ArrayList<>();
        for (CommentThread thread : threads) {
            PassageAnchor anchor = thread.passage();
            if (anchor == null) {
                continue;
            }
            if (byHash == null) {
                byHash = hashes(passages);
            }
            Integer number = nearest(byHash.get(anchor.hash()), anchor.number());
            if (number == null) {
                unmatched.add(thread);
            } else {
                beside.put(thread.id(), number);
            }
        }
        if (!unmatched.isEmpty()) {
            int[][] words = new int[passages.size()][];
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = passages.get(i);
                words[i] = passage.hasText() ? words(passage.text()) : new int[0];
            }
            for (CommentThread thread : unmatched) {
                Integer number = mostAlike(passages, words, thread.passage());
                if (number == null) {
                    outdated.add(thread.id());
                } else {
                    beside.put(thread.id(), number);
                }
            }
        }
        return new Placement(Map.copyOf(beside), List.copyOf(outdated));
    }

    /** The number of the passage with this text's hash nearest to {@code number}, or null when none has it. */
    static Integer sameText(List<Passage> passages, String hash, int number) {
        return nearest(hashes(passages).get(hash), number);
    }

    private static Map<String, List<Integer>> hashes(List<Passage> passages) {
        Map<String, List<Integer>> byHash = new HashMap<>();
        for (Passage passage : passages) {
            if (passage.hasText()) {
                byHash.computeIfAbsent(PassageAnchor.hash(passage.text()), h -> new ArrayList<>())
                        .add(passage.number());
            }
        }
        return byHash;
    }

    private static Integer nearest(List<Integer> numbers, int number) {
        if (numbers == null) {
            return null;
        }
        Integer best = null;
        for (int candidate : numbers) {
            if (best == null || Math.abs(candidate - number) < Math.abs(best - number)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Integer mostAlike(List<Passage> passages, int[][] words, PassageAnchor anchor) {
        int[] wanted = words(anchor.text());
        if (wanted.length == 0) {
            return null;
        }
        double best = THRESHOLD;
        Integer found = null;
        for (int i = 0; i < words.length; i++) {
            int[] candidate = words[i];
            int total = wanted.length + candidate.length;
            // even sharing every word of the shorter text, the two could not reach the best so far
            if (2.0 * Math.min(wanted.length, candidate.length) / total < best) {
                continue;
            }
            double alike = 2.0 * shared(wanted, candidate) / total;
            int number = passages.get(i).number();
            boolean nearer = found == null || Math.abs(number - anchor.number()) < Math.abs(found - anchor.number());
            if (alike > best || (alike == best && nearer)) {
                best = alike;
                found = number;
            }
        }
        return found;
    }

    /** How many codes two sorted arrays have in common. */
    private static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int same = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                same++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return same;
    }

    /**
     * The distinct words (letters and digits, lower case) among the first {@link PassageAnchor#MAX_TEXT} characters,
     * at most {@link #MAX_WORDS}, as sorted codes: the same part of a long passage that its thread keeps.
     */
    static int[] words(String text) {
        String kept = PassageAnchor.shortened(text, PassageAnchor.MAX_TEXT).toLowerCase(Locale.ROOT);
        Set<Integer> codes = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= kept.length() && codes.size() < MAX_WORDS; ) {
            int cp = i < kept.length() ? kept.codePointAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                codes.add(kept.substring(start, i).hashCode());
                start = -1;
            }
            i += i < kept.length() ? Character.charCount(cp) : 1;
        }
        int[] sorted = codes.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
