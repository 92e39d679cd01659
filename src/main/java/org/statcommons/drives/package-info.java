/**
 * Membership drives: a community's recruitment campaign over a period, with a public application form (no account
 * needed) whose applications the secretariat approves (a community invitation is sent) or declines (a polite
 * e-mail), one by one or in bulk; invitations to apply from an uploaded CSV file, checked whole before anything is
 * sent; an open information session (a meeting of the meetings feature that non-members register for); and the
 * drive's figures, counted from uses of personal links only. See docs/governance.md.
 */
package org.statcommons.drives;
