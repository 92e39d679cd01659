/**
 * Organisations as members: organisation records kept by the platform's secretariat, the people who belong to each
 * (claimed by the person, confirmed by a secretariat), a community's member organisations with their named
 * representatives, and the matching of the organisation names people typed as free text into records. Reaches
 * identity's profiles and community's screens only through their extension interfaces ({@code ProfileContent},
 * {@code MembersContent}). See docs/governance.md#organisations.
 */
package org.statcommons.organisations;
