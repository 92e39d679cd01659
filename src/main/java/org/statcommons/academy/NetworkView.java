package org.statcommons.academy;

import java.util.List;

/**
 * One course of a fork network, with the forks made of it (and theirs, as a tree): where it is, its title, language
 * and licence as its own manifest says, whether it is a translation, and how far it stands from the course it was
 * forked from ({@code behind}: that course's commits it lacks; {@code ahead}: its own that course lacks).
 */
record NetworkView(
        String communityName,
        String communitySlug,
        String name,
        String title,
        String language,
        String licence,
        boolean translation,
        boolean open,
        int behind,
        int ahead,
        String address,
        List<NetworkView> forks) {}
