package org.statcommons.data.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * One dimension of a table: its name, its codes in the order they are shown, and the code of its total (the marginal
 * that adds up all the codes). One level of totals per dimension: a hierarchy is published as several tables.
 */
public record Dimension(String name, List<String> codes, String totalCode) {

    public Dimension {
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new InvalidInputException("dimensions", Text.of("disclosure.input.no-codes", name));
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code) || code.equals(totalCode)) {
                throw new InvalidInputException("dimensions", Text.of("disclosure.input.repeated-code", name, code));
            }
        }
    }

    public static Dimension of(String name, String totalCode, String... codes) {
        return new Dimension(name, List.of(codes), totalCode);
    }

    /** How many positions this dimension has in the table: its codes and its total, which comes last. */
    int size() {
        return codes.size() + 1;
    }

    /** The code at this position, the total being the last. */
    String codeAt(int position) {
        return position == codes.size() ? totalCode : codes.get(position);
    }
}
