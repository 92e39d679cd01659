/**
 * Bodies of a community (the Steering Committee, others by name): their seats, each belonging to a member
 * organisation with a named representative and an alternate. {@link org.statcommons.bodies.Bodies#members} gives a
 * body's members to the features that invite or ask them (meetings, decisions), which list what they hold for a body
 * on its page through {@link org.statcommons.bodies.BodyContent}; this feature never depends on them. It tells the
 * permission policy who is a body member ({@code access.BodyFacts}). See
 * docs/governance.md#bodies-co-leads-and-elections.
 */
package org.statcommons.bodies;
