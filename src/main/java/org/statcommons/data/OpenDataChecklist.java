package org.statcommons.data;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * A dataset's open-data readiness (seed 004), computed from its metadata and releases, never typed by anyone. The
 * release-related items look at its releases that are out or scheduled: a release with confirmed data gives a
 * machine-readable distribution and the data API; the latest of them must have passed the disclosure check.
 */
public record OpenDataChecklist(Map<ChecklistItem, Boolean> items) {

    public static final int ITEMS = ChecklistItem.values().length;

    public OpenDataChecklist {
        items = Map.copyOf(items);
    }

    public static OpenDataChecklist of(DatasetMetadata m, Collection<Release> releases) {
        Map<ChecklistItem, Boolean> items = new EnumMap<>(ChecklistItem.class);
        items.put(ChecklistItem.LICENCE, m.licence() != null);
        items.put(ChecklistItem.METADATA_COMPLETE, complete(m));
        boolean withData = releases.stream().anyMatch(r -> r.releasedAt() != null && r.dataConfirmed());
        items.put(ChecklistItem.MACHINE_READABLE, withData);
        items.put(ChecklistItem.METHODOLOGY, m.methodologyPage() != null);
        Release latest = releases.stream()
                .filter(r -> r.releasedAt() != null)
                .max((a, b) -> Integer.compare(a.number(), b.number()))
                .orElse(null);
        items.put(ChecklistItem.DISCLOSURE_PASSED, latest != null && latest.disclosurePassed());
        items.put(ChecklistItem.CONTACT_POINT, !m.contactEmail().isEmpty());
        items.put(ChecklistItem.UPDATE_FREQUENCY, m.frequency() != null && m.frequency() != Frequency.UNKNOWN);
        items.put(ChecklistItem.API_AVAILABLE, withData);
        return new OpenDataChecklist(items);
    }

    /**
     * DCAT-AP 3's recommended description beyond the mandatory title and description: keywords, a theme, the temporal
     * and spatial coverage.
     */
    static boolean complete(DatasetMetadata m) {
        return !m.title().isBlank()
                && !m.description().isBlank()
                && !m.keywords().isEmpty()
                && !m.themes().isEmpty()
                && m.temporalStart() != null
                && !m.countries().isEmpty();
    }

    public boolean done(ChecklistItem item) {
        return items.getOrDefault(item, false);
    }

    public int score() {
        return (int) items.values().stream().filter(Boolean::booleanValue).count();
    }
}
