/**
 * The one permission policy. Every channel (pages, API, Git, search, feeds, attachments, e-mail, exports)
 * asks {@link org.statcommons.access.Permissions} whether an {@link org.statcommons.access.Actor} may take an
 * {@link org.statcommons.access.Action}. Facts about communities come from the community feature through
 * {@link org.statcommons.access.CommunityFacts}, so this module depends on no feature.
 */
package org.statcommons.access;
