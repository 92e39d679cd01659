package org.statcommons.identity;

/** A new password for one's own account, with the current one as proof; backs the password form as typed. */
record PasswordChange(String currentPassword, String newPassword) {

    /** Whether this form was the one sent. */
    boolean typed() {
        return newPassword != null;
    }
}
