package org.statcommons.data.harvest;

/**
 * A portal to harvest, as typed in the secretariat's form: its name (shown as the datasets' origin), its address, its
 * kind ({@code CKAN} or {@code DCAT}) and how often to harvest it, in hours.
 */
public record NewHarvestSource(String name, String url, String kind, String everyHours) {

    public static NewHarvestSource empty() {
        return new NewHarvestSource("", "", "CKAN", "24");
    }
}
