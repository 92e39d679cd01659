/**
 * Open SDG (docs/open-data.md#open-sdg): an SDG indicator's released data as Open SDG's CSV ({@code Year}, the
 * disaggregations, {@code Units}, {@code Value}; an empty disaggregation is the total), per dataset and per indicator,
 * read through {@link org.statcommons.data.ingest.ReleasedData}. Import of such a file is {@code data.ingest}'s
 * (an upload whose header is Open SDG's).
 */
package org.statcommons.data.opensdg;
