package org.statcommons.support;

/**
 * The census table of the open-data tests: region × sex × age in 2024, whose cell North, F, Y_GE65 counts 2 persons, so
 * that the default frequency threshold (3) suppresses it and a secondary suppression protects it.
 */
public final class SmallCellCensus {

    public static final String CSV = """
            REGION,SEX,AGE,TIME_PERIOD,Population (persons)
            North,F,Y0T14,2024,431
            North,F,Y15T64,2024,1207
            North,F,Y_GE65,2024,2
            North,M,Y0T14,2024,455
            North,M,Y15T64,2024,1189
            North,M,Y_GE65,2024,97
            South,F,Y0T14,2024,388
            South,F,Y15T64,2024,1021
            South,F,Y_GE65,2024,143
            South,M,Y0T14,2024,402
            South,M,Y15T64,2024,998
            South,M,Y_GE65,2024,121
            """;

    private SmallCellCensus() {}
}
