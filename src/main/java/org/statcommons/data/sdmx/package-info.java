/**
 * SDMX 2.1 REST for released datasets (docs/open-data.md#sdmx-21): dataflows, data structures with their code lists
 * and concept scheme, and data in SDMX-ML 2.1 (Generic and StructureSpecific), SDMX-CSV 1.0 and SDMX-JSON 1.0, streamed
 * from the public reading path of {@code data.ingest} ({@link org.statcommons.data.ingest.ReleasedData}).
 */
package org.statcommons.data.sdmx;
