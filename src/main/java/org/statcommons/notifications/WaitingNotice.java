package org.statcommons.notifications;

import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityKind;

/**
 * A notice waiting for its recipient's digest, with what the digest shows of it.
 *
 * @param title     the title in English, as stored
 * @param titleText its key and arguments, null for an activity stored before titles had keys
 * @param hidden a moderator hid its item since
 * @param choice the recipient's choice for the community now (it decides which digest takes the notice, if any)
 */
record WaitingNotice(
        long noticeId,
        long accountId,
        long communityId,
        ActivityKind kind,
        String title,
        Text titleText,
        String link,
        boolean hidden,
        Choice choice) {}
