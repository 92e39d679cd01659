package org.statcommons.identity;

import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.i18n.Language;

/**
 * An invitation to the platform, checked ({@link PlatformInvitationForm#command}): the address, a message ("" for
 * none) and the language of the e-mail.
 */
record NewPlatformInvitation(EmailAddress email, String message, Language language) {}
