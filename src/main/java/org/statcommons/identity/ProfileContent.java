package org.statcommons.identity;

import java.util.Optional;
import org.statcommons.access.Actor;

/**
 * What another feature shows on a person's profile (the organisations they belong to). The features that know such
 * things depend on {@code identity}, so they come to the profile through this interface and {@code identity} never
 * reads their tables, as {@code community.LandingContent} does for the landing page.
 */
public interface ProfileContent {

    /** This feature's section of {@code person}'s profile as {@code viewer} may see it; empty when nothing. */
    Optional<ProfileSection> section(Actor viewer, Account person);
}
