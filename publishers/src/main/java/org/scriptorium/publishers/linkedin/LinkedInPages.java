package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The organization pages a member administers, each as an account that publishes with the member's token. */
final class LinkedInPages {
    private static final String ORGANIZATION = "urn:li:organization:";
    private static final int PAGE_SIZE = 100;

    private final LinkedInRest rest;

    LinkedInPages(LinkedInRest rest) {
        this.rest = rest;
    }

    /** Pages where the member's ADMINISTRATOR role is APPROVED, named by their localized name. */
    List<Account> administeredBy(Account member, List<String> scopes, Instant expiresAt) {
        Set<String> urns = new LinkedHashSet<>();
        int start = 0;
        while (true) {
            JsonNode acls = rest.get(rest.rest("organizationAcls").addQueryParameter("q", "roleAssignee")
                    .addQueryParameter("role", "ADMINISTRATOR").addQueryParameter("state", "APPROVED")
                    .addQueryParameter("start", String.valueOf(start)).addQueryParameter("count", String.valueOf(PAGE_SIZE)), true);
            JsonNode elements = acls.path("elements");
            elements.forEach(acl -> {
                String urn = acl.path("organization").asText("");
                if (urn.matches("urn:li:organization:\\d+")) {
                    urns.add(urn);
                }
            });
            start += elements.size();
            if (elements.size() < PAGE_SIZE || start >= acls.path("paging").path("total").asInt(start)) {
                break;
            }
        }
        List<Account> pages = new ArrayList<>();
        for (String urn : urns) {
            JsonNode organization = rest.get(rest.rest("organizations/" + urn.substring(ORGANIZATION.length())), false);
            String name = organization.path("localizedName").asText("");
            String vanity = organization.path("vanityName").asText(null);
            pages.add(new Account(null, Network.LINKEDIN, name.isBlank() ? urn : name, vanity, urn, member.apiBase(), null, scopes,
                    expiresAt, AccountStatus.CONNECTED, null, member.name()));
        }
        return pages;
    }
}
