package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.access.CommunityRole;
import org.statcommons.support.CpuTime;

class InvitationListReaderTests {

    private final InvitationListReader reader = new InvitationListReader();

    private static List<String> problems(InvitationList list) {
        return list.problems().stream().map(p -> p.line() + ": " + p.reason()).toList();
    }

    @Test
    void pastedAddressesInTheShapesMailProgramsCopyThem() {
        InvitationList list = reader.read(
                "ana@ine.example\n\n\"Ruiz, Bo\" <bo@stats.example>; Chen Li <chen@nbs.example>\r\n",
                CommunityRole.MEMBER);
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows())
                .extracting(r -> r.line() + " " + r.name() + " " + r.email().value())
                .containsExactly("1  ana@ine.example", "3 Ruiz, Bo bo@stats.example", "3 Chen Li chen@nbs.example");
        assertThat(list.clean()).isTrue();
    }

    @Test
    void linesOfAddressesAmongCsvLinesKeepTheirNumbers() {
        InvitationList list = reader.read(
                "Ana Ruiz <ana@ine.example>\nnot-an-address\nChidi,chidi@nbs.example,NBS,Chair\n",
                CommunityRole.MEMBER);
        assertThat(list.problems()).extracting(InvitationList.Problem::line).containsExactly(2, 3);
    }

    @Test
    void csvRowsWithAHeaderQuotesAndRoles() {
        String csv = """
                Name,E-mail,Organisation,Role
                "Ndiaye, Awa",awa@ansd.example,"ANSD ""Sénégal""\",member
                Tala Fa'asavalu,tala@sbs.example,Samoa Bureau of Statistics,Facilitator
                Pierre,pierre@insee.example,INSEE,
                """;
        InvitationList list = reader.read(csv, CommunityRole.GUEST);
        assertThat(problems(list)).isEmpty();
        assertThat(list.rows())
                .extracting(r -> r.line() + "|" + r.name() + "|" + r.organisation() + "|" + r.role())
                .containsExactly(
                        "2|Ndiaye, Awa|ANSD \"Sénégal\"|MEMBER",
                        "3|Tala Fa'asavalu|Samoa Bureau of Statistics|FACILITATOR",
                        "4|Pierre|INSEE|GUEST");
    }

    @Test
    void semicolonsAsSpreadsheetsInManyLanguagesSaveCsvAndColumnsInAnotherOrder() {
        InvitationList list = reader.read(
                "e-mail;name;role\nmarie@insee.example;Marie Dupont;Membre\njan@cbs.example;Jan;member\n",
                CommunityRole.MEMBER);
        assertThat(problems(list))
                .containsExactly(
                        "2: Unknown role \u201cMembre\u201d (use Member, Guest, Facilitator, Moderator, Leader or Secretariat).");
        assertThat(list.rows()).extracting(r -> r.name()).containsExactly("Jan");
        assertThat(list.clean()).isFalse();
    }

    @Test
    void everyBadLineIsNamedWithItsReason() {
        String text = """
                ana@ine.example
                not-an-address
                Bo,bo@stats.example,,Chair
                ANA@ine.example
                =HYPERLINK("http://evil.example"),eve@evil.example,Org
                Dan,dan@x.example,@SUM(1),member
                ,,,
                Ed,ed@x.example,Org,Member,extra
                """;
        InvitationList list = reader.read(text, CommunityRole.MEMBER);
        assertThat(problems(list))
                .containsExactly(
                        "2: \u201cnot-an-address\u201d is not an e-mail address.",
                        "3: Unknown role \u201cChair\u201d (use Member, Guest, Facilitator, Moderator, Leader or Secretariat).",
                        "4: Duplicate of line 1 (ana@ine.example).",
                        "5: The name starts with \u201c=\u201d, which spreadsheets run as a formula; remove it.",
                        "6: The organisation starts with \u201c@\u201d, which spreadsheets run as a formula; remove it.",
                        "8: This line has 5 cells; a line is name, e-mail, organisation, role (or an address alone).");
        assertThat(list.rows()).extracting(r -> r.email().value()).containsExactly("ana@ine.example");
    }

    @Test
    void aQuoteNeverClosedIsNamedByTheLineItOpensOn() {
        InvitationList list =
                reader.read("ana@ine.example\n\"Bo, bo@stats.example\nchen@nbs.example\n", CommunityRole.MEMBER);
        assertThat(problems(list)).singleElement().asString().startsWith("2: A quotation mark opened here");
        assertThat(list.clean()).isFalse();
    }

    @Test
    void anEmptyListIsRefused() {
        assertThat(problems(reader.read("  \n\n ,  \n", CommunityRole.MEMBER))).isNotEmpty();
        assertThat(problems(reader.read("", CommunityRole.MEMBER)))
                .containsExactly("0: The list is empty: paste addresses, or choose a CSV file.");
        assertThat(problems(reader.readFile(new byte[0], CommunityRole.MEMBER)))
                .containsExactly("0: The list is empty: paste addresses, or choose a CSV file.");
    }

    @Test
    void utf8WithAByteOrderMarkAsExcelSavesIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "name,email\nJosé Núñez,jose@ine.example\n".getBytes(StandardCharsets.UTF_8);
        InvitationList list = reader.readFile(concat(bom, text), CommunityRole.MEMBER);
        assertThat(problems(list)).isEmpty();
        assertThat(list.rows())
                .singleElement()
                .extracting(InvitationList.Row::name)
                .isEqualTo("José Núñez");
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndWithoutOneRefused() {
        String text = "name\temail\nZoë Ō\tzoe@stats.example\n";
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        InvitationList list = reader.readFile(littleEndian, CommunityRole.MEMBER);
        assertThat(problems(list)).isEmpty();
        assertThat(list.rows())
                .singleElement()
                .extracting(InvitationList.Row::name)
                .isEqualTo("Zoë Ō");

        InvitationList bare = reader.readFile(text.getBytes(StandardCharsets.UTF_16LE), CommunityRole.MEMBER);
        assertThat(problems(bare)).singleElement().asString().contains("UTF-16", "CSV UTF-8");
        assertThat(bare.rows()).isEmpty();
    }

    @Test
    void latin1LinesAreEachNamedAndNothingIsGuessed() {
        byte[] latin1 = "name,email\nJosé,jose@ine.example\nAna,ana@ine.example\nFrançois,f@insee.example\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InvitationList list = reader.readFile(latin1, CommunityRole.MEMBER);
        assertThat(list.problems()).extracting(InvitationList.Problem::line).containsExactly(2, 4);
        assertThat(list.problems().get(0).reason()).contains("not UTF-8", "CSV UTF-8");
        assertThat(list.rows()).isEmpty();
        assertThat(list.text()).contains("ana@ine.example");
    }

    @Test
    void textThatIsNotTextIsRefused() {
        assertThat(problems(reader.readFile(
                        "ana@ine.example\u0000\n".getBytes(StandardCharsets.UTF_8), CommunityRole.MEMBER)))
                .singleElement()
                .asString()
                .contains("UTF-16");
    }

    @Test
    void aThousandRowsAreReadQuicklyAndTenThousandRefusedAtOnce() {
        StringBuilder thousand = new StringBuilder("name,email,organisation,role\n");
        for (int i = 0; i < InvitationListReader.MAX_ROWS - 1; i++) {
            thousand.append("Person ").append(i).append(",p").append(i).append("@stats.example,Office,Member\n");
        }
        long start = System.nanoTime();
        InvitationList list =
                reader.readFile(thousand.toString().getBytes(StandardCharsets.UTF_8), CommunityRole.MEMBER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(list.problems()).isEmpty();
        assertThat(list.rows()).hasSize(InvitationListReader.MAX_ROWS - 1);

        StringBuilder tenThousand = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            tenThousand.append("p").append(i).append("@stats.example\n");
        }
        start = System.nanoTime();
        InvitationList refused =
                reader.readFile(tenThousand.toString().getBytes(StandardCharsets.UTF_8), CommunityRole.MEMBER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(problems(refused))
                .containsExactly(
                        "0: The list has 10,000 lines; at most 1,000 people can be invited at once. Please split it.");
        assertThat(refused.rows()).isEmpty();
    }

    @Test
    void aFileFarLargerThanAnyListIsRefusedUnread() {
        byte[] huge = new byte[InvitationListReader.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        // processor time, not the wall clock of a shared machine (the first size written also loads CLDR's units)
        CpuTime.Measured<List<String>> refused =
                CpuTime.of(() -> problems(reader.readFile(huge, CommunityRole.MEMBER)));
        assertThat(refused.result()).singleElement().asString().contains("The file is 1 MB");
        assertThat(refused.cpu()).isLessThan(Duration.ofSeconds(1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
