package org.statcommons.data.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.statcommons.data.disclosure.DisclosureRules;
import org.statcommons.data.disclosure.KAnonymityRules;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The disclosure rules as typed on the dataset's page or sent to the API, each a text (empty: the rule is not
 * applied): {@code minimumFrequency} k, {@code dominanceUnits} n with {@code dominancePercent} k, {@code pPercent},
 * {@code maximumShare} as a percentage of the non-empty cells (empty: 100) and {@code roundingBase}; for record-level
 * data, {@code quasiIdentifiers} (variables' names separated by commas), {@code kAnonymity} (empty: 3) and
 * {@code onRareRecords}, {@code suppress} (empty) or {@code refuse}.
 */
public record DisclosureRulesForm(
        String minimumFrequency,
        String dominanceUnits,
        String dominancePercent,
        String pPercent,
        String maximumShare,
        String roundingBase,
        String quasiIdentifiers,
        String kAnonymity,
        String onRareRecords) {

    /** The most quasi-identifiers taken: more would make nearly every record unique and suppress everything. */
    static final int MAX_QUASI_IDENTIFIERS = 20;

    /** The rules of aggregate tables alone, the record-level ones left at their defaults. */
    public DisclosureRulesForm(
            String minimumFrequency,
            String dominanceUnits,
            String dominancePercent,
            String pPercent,
            String maximumShare,
            String roundingBase) {
        this(minimumFrequency, dominanceUnits, dominancePercent, pPercent, maximumShare, roundingBase, "", "", "");
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    static DisclosureRulesForm of(DisclosureRules rules, KAnonymityRules kAnonymity) {
        return new DisclosureRulesForm(
                text(rules.minimumFrequency()),
                text(rules.dominanceUnits()),
                text(rules.dominancePercent()),
                text(rules.pPercent()),
                text(rules.maximumShare() * 100),
                text(rules.roundingBase()),
                String.join(", ", kAnonymity.quasiIdentifiers()),
                String.valueOf(kAnonymity.k()),
                kAnonymity.refuse() ? "refuse" : "suppress");
    }

    /** The fields by name, in the form's order. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("minimumFrequency", minimumFrequency);
        fields.put("dominanceUnits", dominanceUnits);
        fields.put("dominancePercent", dominancePercent);
        fields.put("pPercent", pPercent);
        fields.put("maximumShare", maximumShare);
        fields.put("roundingBase", roundingBase);
        fields.put("quasiIdentifiers", quasiIdentifiers);
        fields.put("kAnonymity", kAnonymity);
        fields.put("onRareRecords", onRareRecords);
        return fields;
    }

    /** The rules, or a refusal naming every field that is not a number in its range. */
    DisclosureRules parse() {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        double k = number("minimumFrequency", minimumFrequency, 0, 1_000_000, true, errors);
        double n = number("dominanceUnits", dominanceUnits, 0, 10, true, errors);
        double dominance = number("dominancePercent", dominancePercent, 0, 100, false, errors);
        double p = number("pPercent", pPercent, 0, 100, false, errors);
        double share = maximumShare == null || maximumShare.isBlank()
                ? 100
                : number("maximumShare", maximumShare, 0.01, 100, false, errors);
        double base = number("roundingBase", roundingBase, 0, 1_000_000, true, errors);
        if (n > 0 && dominance <= 0) {
            errors.add(new InvalidInputException.FieldMessage(
                    "dominancePercent", Text.of("data-release.rules.dominance-pair")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DisclosureRules((int) k, (int) n, n > 0 ? dominance : 0, p, share / 100, (int) base);
    }

    /** The k-anonymity rule of record-level data, or a refusal naming every field that is wrong. */
    KAnonymityRules parseKAnonymity() {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        double k = kAnonymity == null || kAnonymity.isBlank()
                ? KAnonymityRules.DEFAULT.k()
                : number("kAnonymity", kAnonymity, KAnonymityRules.MIN_K, KAnonymityRules.MAX_K, true, errors);
        List<String> names = new ArrayList<>();
        if (quasiIdentifiers != null) {
            for (String typed : quasiIdentifiers.split(",", -1)) {
                String name = typed.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (name.length() > StagedRows.MAX_NAME || names.size() == MAX_QUASI_IDENTIFIERS) {
                    errors.add(new InvalidInputException.FieldMessage(
                            "quasiIdentifiers",
                            Text.of(
                                    "data-release.rules.bad-quasiIdentifiers",
                                    MAX_QUASI_IDENTIFIERS,
                                    StagedRows.MAX_NAME)));
                    break;
                }
                if (names.contains(name)) {
                    errors.add(new InvalidInputException.FieldMessage(
                            "quasiIdentifiers", Text.of("data-release.rules.twice-quasiIdentifiers", name)));
                    break;
                }
                names.add(name);
            }
        }
        String action = onRareRecords == null ? "" : onRareRecords.strip().toLowerCase(java.util.Locale.ROOT);
        if (!action.isEmpty() && !action.equals("suppress") && !action.equals("refuse")) {
            errors.add(new InvalidInputException.FieldMessage(
                    "onRareRecords",
                    Text.of(
                            "data-release.rules.bad-onRareRecords",
                            action.length() > 20 ? action.substring(0, 20) + "…" : action)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new KAnonymityRules(names, (int) k, action.equals("refuse"));
    }

    private static double number(
            String field,
            String typed,
            double min,
            double max,
            boolean whole,
            List<InvalidInputException.FieldMessage> errors) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        String shown = typed.length() > 20 ? typed.substring(0, 20) + "…" : typed.strip();
        String number = typed.strip();
        // digits with a decimal point, as people type them: not Java's other spellings (0x1p3, 3d, NaN, Infinity)
        if (number.length() <= 30 && DECIMAL.matcher(number).matches()) {
            double value = Double.parseDouble(number);
            if (value >= min && value <= max && (!whole || value == Math.rint(value))) {
                return value;
            }
        }
        errors.add(new InvalidInputException.FieldMessage(
                field, Text.of("data-release.rules.bad-" + field, shown, plain(min), plain(max))));
        return 0;
    }

    /** A rule's value in the form: empty when it is not applied. */
    private static String text(double value) {
        return value == 0 ? "" : plain(value);
    }

    /** Digits as the form takes them back: never Java's exponent ({@code 1.0E-4}). */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
