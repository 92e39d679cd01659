package org.statcommons.community;

import org.statcommons.platform.EmailAddress;

/**
 * A request for an invitation, checked ({@link InvitationRequestForm#command}).
 *
 * @param country an ISO 3166 country code
 */
record NewInvitationRequest(String name, EmailAddress email, String organisation, String country, String motivation) {}
