import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives a community a thousand members for the landing-page benchmark. Run by bench/run.sh as a single-file
 * program: {@code java -cp postgresql.jar bench/Seed.java <jdbc-url> <slug> <members>}.
 *
 * The community itself is created through the web form; the members are written straight into the
 * database, because creating a thousand accounts through invitations would hash a thousand passwords and
 * read a thousand e-mails — minutes of work that say nothing about the page being measured. The accounts
 * have no password (nobody can sign in as them) and each membership records acceptance of the current code
 * of conduct, as joining through the app does. Not part of the application: benchmark data only.
 */
public class Seed {

    // 50 countries, so that the landing page's "members by country" list is as long as in a real network
    private static final String[] COUNTRIES = ("SN,CI,ML,BF,NE,GH,NG,KE,UG,TZ,RW,ET,ZA,NA,BW,ZM,MW,MZ,MA,TN,"
            + "EG,JO,PS,LB,IN,BD,NP,LK,PK,ID,PH,VN,KH,LA,MN,FJ,MX,CO,PE,EC,BO,CL,AR,BR,PY,GT,HN,JM,DE,FR").split(",");
    private static final String[] KINDS = {"NATIONAL_STATISTICAL_OFFICE", "NATIONAL_STATISTICAL_OFFICE",
            "GOVERNMENT", "CIVIL_SOCIETY", "INTERNATIONAL", "ACADEMIA", "HUMAN_RIGHTS_INSTITUTION"};
    private static final String[] GIVEN = {"Amina", "Kwame", "Lucía", "Nguyen", "Fatima", "João", "Priya", "Tariq",
            "Wanjiru", "Olga", "Mateo", "Aigerim", "Sione", "Chidi", "Mei", "Rania"};
    private static final String[] FAMILY = {"Diallo", "Mensah", "Quispe", "Thi Lan", "Haddad", "Silva", "Sharma",
            "Rahman", "Kamau", "Petrova", "Rojas", "Bekova", "Tupou", "Okafor", "Chen", "Nassar"};

    public static void main(String[] args) throws SQLException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Seed <jdbc-url> <community-slug> <members>");
        }
        String url = args[0];
        String slug = args[1];
        int members = Integer.parseInt(args[2]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            long communityId;
            int conductVersion;
            try (PreparedStatement q = db.prepareStatement("""
                    select c.id, max(cc.version) from community.communities c
                    join community.codes_of_conduct cc on cc.community_id = c.id where c.slug = ? group by c.id""")) {
                q.setString(1, slug);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no community " + slug);
                    }
                    communityId = r.getLong(1);
                    conductVersion = r.getInt(2);
                }
            }
            try (PreparedStatement account = db.prepareStatement("""
                    insert into identity.accounts (email, email_verified, display_name, organisation, organisation_kind, country)
                    values (?, true, ?, ?, ?, ?) returning id""");
                 PreparedStatement membership = db.prepareStatement("""
                    insert into community.memberships (community_id, account_id, role, focal_point_country,
                                                       conduct_version, conduct_accepted_at)
                    values (?, ?, ?, ?, ?, now())""")) {
                Set<String> focalPoints = new HashSet<>();
                for (int i = 0; i < members; i++) {
                    String country = COUNTRIES[(i * 7 + i / 13) % COUNTRIES.length];
                    String kind = KINDS[i % KINDS.length];
                    String name = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length] + " " + (i + 1);
                    account.setString(1, "member" + (i + 1) + "@bench.example.org");
                    account.setString(2, name);
                    account.setString(3, "Organisation " + (i % 120 + 1));
                    account.setString(4, kind);
                    account.setString(5, country);
                    long accountId;
                    try (ResultSet r = account.executeQuery()) {
                        r.next();
                        accountId = r.getLong(1);
                    }
                    // the first statistical-office member from each of 20 countries is its focal point
                    boolean focalPoint = kind.equals("NATIONAL_STATISTICAL_OFFICE") && focalPoints.size() < 20
                            && focalPoints.add(country);
                    membership.setLong(1, communityId);
                    membership.setLong(2, accountId);
                    membership.setString(3, i < 4 ? "FACILITATOR" : "MEMBER");
                    membership.setString(4, focalPoint ? country : null);
                    membership.setInt(5, conductVersion);
                    membership.addBatch();
                }
                membership.executeBatch();
            }
            db.commit();
        }
        System.out.println("Seeded " + members + " members into /c/" + slug);
    }
}
