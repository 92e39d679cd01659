package org.statcommons.identity;

import java.util.ArrayList;
import java.util.List;

/** The fields of a new account as a form binds them. */
public class AccountForm {

    private String email = "";
    private String password = "";
    private String displayName = "";
    private String organisation = "";
    private String organisationKind = "";
    private String country = "";
    private String timeZone = "";
    private List<String> languages = new ArrayList<>();
    private String bio = "";

    public AccountRegistration.NewAccount newAccount() {
        return new AccountRegistration.NewAccount(email, password, displayName, organisation, organisationKind, country,
                timeZone, languages, bio);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(String organisationKind) { this.organisationKind = organisationKind; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages == null ? new ArrayList<>() : languages; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
}
