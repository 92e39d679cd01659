/**
 * Open data: a community's datasets with their DCAT-AP 3 metadata (and, for citizen-generated data, the producer's type
 * and a quality assessment), the open-data checklist computed from them, their releases (immutable versions, released
 * at once or scheduled on the public release calendar and embargoed until then), the public catalogue and the
 * community's data team. The data of a release (upload, structure, observations) is {@code data.ingest}'s; the
 * disclosure control is {@code data.disclosure}'s. See docs/open-data.md.
 */
package org.statcommons.data;
