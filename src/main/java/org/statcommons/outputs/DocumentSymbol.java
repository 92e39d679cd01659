package org.statcommons.outputs;

import java.util.regex.Pattern;

/**
 * A United Nations document symbol, checked loosely: an organ's capital letters, then at least one part after a
 * slash, each of letters, digits, dots, hyphens and parentheses ("E/CN.3/2027/12", "E/CN.3/2027/L.2",
 * "ST/ESA/STAT/SER.M/1/Rev.1"), at most 60 characters. The Statistical Commission's own prefix (E/CN.3/) is not
 * required: a report may go to another organ. What this refuses is what cannot be a symbol: spaces, a leading or
 * doubled slash, lower-case organs, other characters.
 */
final class DocumentSymbol {

    static final int MAX = 60;
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,10}(/[A-Za-z0-9.()\\-]{1,20}){1,10}");

    private DocumentSymbol() {}

    static boolean valid(String symbol) {
        return symbol != null && symbol.length() <= MAX && SHAPE.matcher(symbol).matches();
    }
}
