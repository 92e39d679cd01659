package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds a CSV file's delimiter among {@code , ; tab |} from its first lines: the one found the same number of times
 * (outside quotes) on every line, the most frequent of those; otherwise the most frequent on the header, and the reader
 * then names the first line that does not fit.
 */
@Component
class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private static final int SAMPLE_LINES = 50;

    char delimiterOf(String head) {
        List<int[]> counts = countsPerLine(head);
        if (counts.isEmpty()) {
            return ',';
        }
        int[] header = counts.get(0);
        char best = 0;
        int bestCount = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (header[c] == 0) {
                continue;
            }
            boolean steady = true;
            for (int[] line : counts) {
                steady &= line[c] == header[c];
            }
            if (steady && header[c] > bestCount) {
                best = CANDIDATES[c];
                bestCount = header[c];
            }
        }
        if (best != 0) {
            return best;
        }
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (header[c] > bestCount) {
                best = CANDIDATES[c];
                bestCount = header[c];
            }
        }
        return best == 0 ? ',' : best;
    }

    /** The other candidates found outside quotes on a line, to explain a line whose fields do not fit. */
    static List<Character> othersOn(String line, char delimiter) {
        List<Character> others = new ArrayList<>();
        int[] counts = count(line, 0, line.length());
        for (int c = 0; c < CANDIDATES.length; c++) {
            if (CANDIDATES[c] != delimiter && counts[c] > 0) {
                others.add(CANDIDATES[c]);
            }
        }
        return others;
    }

    /** Counts per complete line (a line cut by the end of the head is left out), quotes spanning lines followed. */
    private static List<int[]> countsPerLine(String head) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length() && lines.size() < SAMPLE_LINES; i++) {
            char ch = head.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\n' && !quoted) {
                int end = i > start && head.charAt(i - 1) == '\r' ? i - 1 : i;
                if (end > start) {
                    lines.add(count(head, start, end));
                }
                start = i + 1;
            }
        }
        if (lines.isEmpty() && start < head.length()) {
            lines.add(count(head, start, head.length()));
        }
        return lines;
    }

    private static int[] count(String text, int from, int to) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (ch == CANDIDATES[c]) {
                        counts[c]++;
                    }
                }
            }
        }
        return counts;
    }
}
