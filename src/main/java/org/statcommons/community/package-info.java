/**
 * Communities of practice: landing pages, roles, membership (requests, invitations, nominations), the code
 * of conduct, country focal points, topic groups, the member directory and the audit log.
 */
package org.statcommons.community;
