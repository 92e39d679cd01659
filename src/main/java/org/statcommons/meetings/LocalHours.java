package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * How a meeting falls in one person's day: outside working hours (any part of it before 08:00 or after
 * 18:00 locally, across midnight, or on a day of their country's weekend) and asleep (any part of it between
 * 22:00 and 07:00), and whether any part of it falls on a day off (so a Saturday 02:00 shows as weekend as well
 * as asleep). Works on seconds and the zone's offsets, not on calendar objects: the fairness rule asks
 * it hundreds of thousands of times.
 */
record LocalHours(boolean outsideWorkingHours, boolean asleep, boolean weekend) {

    /** Not on a day off. */
    LocalHours(boolean outsideWorkingHours, boolean asleep) {
        this(outsideWorkingHours, asleep, false);
    }

    static final int WORK_STARTS = 8 * 3600;
    static final int WORK_ENDS = 18 * 3600;
    static final int SLEEP_ENDS = 7 * 3600;
    static final int SLEEP_STARTS = 22 * 3600;
    private static final int DAY = 86_400;

    static LocalHours of(ZoneRules rules, Weekend weekend, Instant start, long durationSeconds) {
        long startLocal = start.getEpochSecond() + rules.getOffset(start).getTotalSeconds();
        Instant end = start.plusSeconds(durationSeconds);
        long endLocal = end.getEpochSecond() + rules.getOffset(end).getTotalSeconds();
        return of(startLocal, endLocal, weekend);
    }

    static LocalHours of(ZoneId zone, Weekend weekend, Instant start, long durationSeconds) {
        return of(zone.getRules(), weekend, start, durationSeconds);
    }

    /** From local seconds since the epoch of the start and the end (end exclusive). */
    static LocalHours of(long startLocal, long endLocal, Weekend weekend) {
        long startDay = Math.floorDiv(startLocal, DAY);
        long startTime = Math.floorMod(startLocal, DAY);
        // the last second the meeting takes is endLocal - 1: a meeting ending at 18:00 is within the day
        long lastLocal = Math.max(startLocal, endLocal - 1);
        long lastDay = Math.floorDiv(lastLocal, DAY);
        long lastTime = Math.floorMod(lastLocal, DAY);
        boolean crossesMidnight = lastDay != startDay;
        boolean dayOff = weekend.isDayOff(startDay) || weekend.isDayOff(lastDay);
        boolean outside = crossesMidnight || startTime < WORK_STARTS || lastTime >= WORK_ENDS || dayOff;
        boolean asleep =
                crossesMidnight || startTime < SLEEP_ENDS || startTime >= SLEEP_STARTS || lastTime >= SLEEP_STARTS;
        return new LocalHours(outside || asleep, asleep, dayOff);
    }
}
