/**
 * Accounts and signing in: profiles, invitations to sign up, open registration with e-mail verification,
 * password reset, personal access tokens, platform roles and the first-run set-up.
 */
package org.statcommons.identity;
