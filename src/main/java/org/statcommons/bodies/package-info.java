/**
 * Bodies of a community (the Steering Committee, others by name): their seats, each belonging to a member
 * organisation with a named representative and an alternate. {@link org.statcommons.bodies.Bodies#members} gives a
 * body's members to the features that invite or ask them (meetings, decisions), which list what they hold for a body
 * on its page through {@link org.statcommons.bodies.BodyContent}; this feature never depends on them. Who holds a
 * seat ({@link org.statcommons.bodies.Bodies#seated}) is what the feature asking the permission policy hands it as
 * the body member's standing ({@code access.Standing.BODY_MEMBER}). See
 * docs/governance.md#bodies-co-leads-and-elections.
 */
package org.statcommons.bodies;
