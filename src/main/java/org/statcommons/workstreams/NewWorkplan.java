package org.statcommons.workstreams;

/** A workplan as typed: title, kind ({@code ANNUAL} or {@code MEDIUM_TERM}), first and last day ({@code 2027-01-01}). */
public record NewWorkplan(String title, String kind, String startsOn, String endsOn) {

    public NewWorkplan {
        title = title == null ? "" : title;
        kind = kind == null ? "" : kind;
        startsOn = startsOn == null ? "" : startsOn;
        endsOn = endsOn == null ? "" : endsOn;
    }
}
