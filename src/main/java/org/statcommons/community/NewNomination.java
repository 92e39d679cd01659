package org.statcommons.community;

import org.statcommons.platform.EmailAddress;

/** A colleague to nominate, checked ({@link NominationForm#command}): their name, address and why. */
record NewNomination(String name, EmailAddress email, String reason) {}
