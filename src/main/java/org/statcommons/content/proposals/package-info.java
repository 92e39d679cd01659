/**
 * Proposals: a change to a page on a branch of its own, proposed by a member who may not edit directly, reviewed
 * and merged or declined by an editor; the service, its Git side ({@code ProposalBranches}) and its screens and API.
 * Internal to {@code content}.
 */
package org.statcommons.content.proposals;
