package org.statcommons.data.ingest;

/**
 * One column of an upload as its structure says: its place in the file (0 first), its name from the header, its
 * role, the code list of a dimension and the unit of a measure (empty when none).
 */
public record Column(int position, String name, Role role, CodeList codeList, String unit) {

    public Column {
        codeList = codeList == null ? CodeList.FREE : codeList;
        unit = unit == null ? "" : unit.strip();
    }
}
