package org.statcommons.data.sdmx;

import java.util.Locale;
import java.util.Optional;

/** The formats of SDMX 2.1 REST answers, by their media types and the short names of the {@code format} parameter. */
enum SdmxFormat {
    GENERIC("application/vnd.sdmx.genericdata+xml;version=2.1", "genericdata"),
    STRUCTURE_SPECIFIC("application/vnd.sdmx.structurespecificdata+xml;version=2.1", "structurespecificdata"),
    CSV("application/vnd.sdmx.data+csv;version=1.0.0", "csv"),
    JSON("application/vnd.sdmx.data+json;version=1.0.0", "jsondata"),
    STRUCTURE("application/vnd.sdmx.structure+xml;version=2.1", "structure");

    private final String mediaType;
    private final String shortName;

    SdmxFormat(String mediaType, String shortName) {
        this.mediaType = mediaType;
        this.shortName = shortName;
    }

    String mediaType() {
        return mediaType;
    }

    /** The media type without its parameters: {@code application/vnd.sdmx.data+csv}. */
    String bare() {
        return mediaType.substring(0, mediaType.indexOf(';'));
    }

    /**
     * The data format a client asks for: the {@code format} parameter first (a short name or a media type), then the
     * first type of {@code Accept} that is one of ours (or plain CSV, JSON or XML); Generic when it takes anything.
     * Empty when it asks only for what is not offered (406).
     */
    static Optional<SdmxFormat> forData(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String asked = format.strip().toLowerCase(Locale.ROOT);
            for (SdmxFormat f : values()) {
                if (f != STRUCTURE && (asked.equals(f.shortName) || asked.startsWith(f.bare()))) {
                    return Optional.of(f);
                }
            }
            return switch (asked) {
                case "sdmx-csv", "text/csv" -> Optional.of(CSV);
                case "json", "sdmx-json", "application/json" -> Optional.of(JSON);
                case "xml", "generic" -> Optional.of(GENERIC);
                case "structurespecific" -> Optional.of(STRUCTURE_SPECIFIC);
                default -> Optional.empty();
            };
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(GENERIC);
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = part.strip();
            String bare =
                    type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type;
            for (SdmxFormat f : values()) {
                if (f != STRUCTURE && bare.equals(f.bare())) {
                    return Optional.of(f);
                }
            }
            switch (bare) {
                case "text/csv":
                    return Optional.of(CSV);
                case "application/json":
                    return Optional.of(JSON);
                case "application/xml", "text/xml", "*/*", "application/*":
                    return Optional.of(GENERIC);
                default:
                    break;
            }
        }
        return Optional.empty();
    }

    /** Whether a client that sends this {@code Accept} takes an SDMX-ML structure message. */
    static boolean takesStructure(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = part.strip();
            String bare =
                    type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type;
            if (bare.equals(STRUCTURE.bare())
                    || bare.equals("application/xml")
                    || bare.equals("text/xml")
                    || bare.equals("*/*")
                    || bare.equals("application/*")) {
                return true;
            }
        }
        return false;
    }
}
