/**
 * Open data (issue 13): datasets, releases and what a release must pass before it is published. Its sub-package
 * {@code disclosure} holds the disclosure-control computations (docs/open-data.md#disclosure-control).
 */
package org.statcommons.data;
