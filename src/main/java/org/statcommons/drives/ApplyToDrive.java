package org.statcommons.drives;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Anyone applies to join a community through a drive while it runs, with or without an account. The answer is the
 * same for an address that applied before (its first application stands), so the form tells no one who applied;
 * each network may send {@value #PER_NETWORK} applications an hour, so that the form cannot flood the secretariat.
 * Nothing is e-mailed on applying: an address typed by a stranger gets mail only once the secretariat decides.
 */
@Service
class ApplyToDrive {

    static final int PER_NETWORK = 10;
    static final Duration NETWORK_WINDOW = Duration.ofHours(1);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Permissions permissions;
    private final Drives drives;
    private final Applications applications;
    private final Clock clock;

    ApplyToDrive(Permissions permissions, Drives drives, Applications applications, Clock clock) {
        this.permissions = permissions;
        this.drives = drives;
        this.applications = applications;
        this.clock = clock;
    }

    /** {@code ip}: the network address the application came from. */
    @Transactional
    void apply(Actor actor, Community community, long driveId, NewApplication application, String ip) {
        permissions.require(actor, Action.VIEW_COMMUNITY_LANDING, community.id());
        Drive drive = drives.inCommunity(community, driveId);
        Instant now = clock.instant();
        if (!drive.openOn(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new ConflictException(Text.of(
                    "drives.closed", drive.startsOn().toString(), drive.endsOn().toString()));
        }
        Instant since = now.minus(NETWORK_WINDOW);
        if (applications.countFrom(ip, since) >= PER_NETWORK) {
            Instant free = applications.oldestFrom(ip, since).plus(NETWORK_WINDOW);
            throw new TooManyRequestsException(
                    Text.of("drives.apply.too-many", PER_NETWORK, TIME.format(free)), Duration.between(now, free));
        }
        applications.insert(drive.id(), application, ip, now);
    }
}
