package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;

/** An invitation to the platform, checked ({@link PlatformInvitationForm#command}): the address and a message ("" for none). */
record NewPlatformInvitation(EmailAddress email, String message) {}
