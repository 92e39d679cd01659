package org.statcommons.drives;

import java.time.Instant;
import org.statcommons.platform.i18n.Language;

/** A registration for a drive's information session; {@code cancelledAt} is null while it stands. */
public record Registration(
        long id,
        long driveId,
        long meetingId,
        String name,
        String email,
        Language language,
        Instant registeredAt,
        Instant cancelledAt) {}
