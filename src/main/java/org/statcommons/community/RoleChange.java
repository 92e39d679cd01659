package org.statcommons.community;

import java.time.LocalDate;
import org.statcommons.access.CommunityRole;

/**
 * A member's new role, checked ({@link RoleForm#change}).
 *
 * @param guestUntil a guest's last day; null for every other role
 * @param reason     kept in the audit log; may be empty
 */
record RoleChange(CommunityRole role, LocalDate guestUntil, String reason) {}
