/**
 * Outputs: a page of the community's space declared as a product of the community, taken through member review, the
 * approval of a body (a decision) and endorsement of its exact version, then optionally its submission to the
 * Statistical Commission. Implements {@link org.statcommons.content.PublishedPageNotice} so that the published page
 * says it is endorsed, or changed since. See docs/governance.md#outputs-review-approval-endorsement.
 */
package org.statcommons.outputs;
