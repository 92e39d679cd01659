package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;

/**
 * An account to create, checked ({@link AccountForm#newAccount}): its address, a password that keeps the rules
 * ({@link PasswordRules}), and the profile.
 */
public record NewAccount(EmailAddress email, String password, Profile profile) {}
